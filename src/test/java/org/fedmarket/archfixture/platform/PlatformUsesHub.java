package org.fedmarket.archfixture.platform;

import org.fedmarket.archfixture.hub.api.HubDirectory;

/** Planted: the platform uses a module, even through its api. */
public class PlatformUsesHub {
    HubDirectory directory;
}
