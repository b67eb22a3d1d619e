package org.fedmarket.inventory.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A hold placed (or found again) for a partner: {@code quantity} units of product {@code id} are kept until {@code expiresAt}. */
public record HoldGranted(String id, boolean available, int quantity, String holdId, OffsetDateTime expiresAt,
                          BigDecimal price, String currency) {
}
