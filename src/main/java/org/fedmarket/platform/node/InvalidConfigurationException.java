package org.fedmarket.platform.node;

/** A setting, or a combination of settings, the node cannot start with. The message is one line for the operator. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
