package org.fedmarket.inventory.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.fedmarket.platform.input.Limits;

import java.math.BigDecimal;

/** A product as an administrator creates, edits or imports it; {@code stock} counts only when it is created. */
public record ProductDraft(@Size(max = 64) String sku, @Size(max = 200) String name, @Size(max = Limits.MAX_DESCRIPTION) String description,
                           @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal price, @Size(max = 3) String currency,
                           @Size(max = Limits.MAX_URL) String imageUrl, @Min(0) @Max(Limits.MAX_STOCK) Integer stock) {
}
