package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.domain.OrderLine;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.inventory.persistence.StockRepository;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.market.domain.Sale;

/**
 * Partners' purchases of this shop's products, as the market event log and the metrics record them:
 * each order line sold, and each hold or order refused for lack of stock.
 */
@ApplicationScoped
public class Sales {

    @Inject
    MarketEvents market;
    @Inject
    PartnerSalesMetrics meter;
    @Inject
    ProductRepository products;
    @Inject
    StockRepository stock;
    @Inject
    UsdPrices prices;
    @Inject
    ProductIds ids;

    /** An order line {@code partner} bought, in the order's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sold(String partner, String orderId, OrderLine line) {
        market.sale(new Sale(line.sku(), ids.of(line.sku()), ids.shopId(), partner, line.quantity(), line.unitPriceUsd(), "USD",
                stock.stock(line.productId()), Sale.SOLD, orderId));
    }

    /** {@code partner}'s hold or order refused for lack of stock; recorded on its own, as the refused one rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String partner, NotEnoughStockException refusal) {
        meter.outOfStock(partner);
        String sku = ids.sku(refusal.productId());
        var product = products.bySku(sku).filter(p -> !p.deleted());
        market.sale(new Sale(sku, ids.of(sku), ids.shopId(), partner, refusal.asked(),
                product.flatMap(p -> prices.usd(p.priceAmount(), p.priceCurrency())).orElse(null), "USD",
                refusal.available(), Sale.OUT_OF_STOCK, null));
    }
}
