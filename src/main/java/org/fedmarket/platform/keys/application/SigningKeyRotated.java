package org.fedmarket.platform.keys.application;

/** Fired after a rotation committed: {@code kid} signs from now on. */
public record SigningKeyRotated(String kid) {
}
