package org.fedmarket.hub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.hub.api.HubDescriptor;
import org.fedmarket.hub.application.HubProfile;

@Named("hubHome")
@RequestScoped
public class HubHomeBacking {

    @Inject
    HubProfile profile;

    public HubDescriptor getDescriptor() {
        return profile.descriptor();
    }
}
