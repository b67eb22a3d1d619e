package org.fedmarket.inventory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.fedmarket.platform.input.Limits;

import java.math.BigDecimal;
import java.util.List;

/** An order a partner hands over (FEDERATION.md, "POST /api/v1/order"); prices in US dollars. */
public record OrderRequest(@Size(max = 100) String orderId, @Size(max = 100) List<@Valid Line> lines, @Valid ShipTo shipTo,
                           @Valid Contact contact, @Digits(integer = 15, fraction = 2) BigDecimal total,
                           @Size(max = 3) String currency) {

    /** A product ({@code <shop id>:<sku>}), how many, the hold they come from, the agreed unit price. */
    public record Line(@Size(max = 120) String productId, @Min(1) @Max(Limits.MAX_QUANTITY) Integer quantity,
                       @Size(max = 64) String holdId, @Digits(integer = 15, fraction = 2) BigDecimal unitPrice) {
    }

    public record ShipTo(@Size(max = 200) String name, @Size(max = 200) String line1, @Size(max = 200) String line2,
                         @Size(max = 20) String postalCode, @Size(max = 100) String city, @Size(max = 100) String region,
                         @Size(max = 2) String country) {
    }

    public record Contact(@Size(max = 254) String email, @Size(max = 40) String phone) {
    }
}
