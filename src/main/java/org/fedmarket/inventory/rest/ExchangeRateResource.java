package org.fedmarket.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.inventory.application.UsdPrices;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.Refuses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The operator's rate table, from which partners' US dollar prices are computed. */
@Path("/inventory/rates")
@Tag(name = "inventory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ExchangeRateResource {

    /** The table: its date and US dollars per unit of each currency. */
    public record RateTable(LocalDate asOf,
                            @Size(max = 200) Map<@Size(max = 3) String, @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 8) BigDecimal> usdPerUnit) {
    }

    @Inject
    UsdPrices prices;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CATALOGUE_READ})
    @Operation(summary = "The rate table: its date and US dollars per unit of each currency")
    public RateTable get() {
        UsdPrices.Table table = prices.table();
        return new RateTable(table.asOf().orElse(null), new TreeMap<>(table.usdPerUnit()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the table; products priced in a currency without a rate are not listed to partners")
    @Refuses({"422 currency-invalid", "422 rate-invalid", "422 rates-date-missing", "422 rates-missing"})
    public RateTable replace(@Valid RateTable table) {
        if (table == null || table.usdPerUnit() == null) {
            throw new BusinessRuleException("rates-missing", "Send {\"asOf\": \"2026-11-26\", \"usdPerUnit\": {\"EUR\": 1.08}}");
        }
        UsdPrices.Table replaced = prices.replace(table.asOf(), table.usdPerUnit());
        return new RateTable(replaced.asOf().orElse(null), new TreeMap<>(replaced.usdPerUnit()));
    }
}
