package org.fedmarket.storefront.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.problem.NoSuchEntityException;
import org.fedmarket.platform.schedule.ModuleJobs;
import org.fedmarket.platform.secret.Secrets;
import org.fedmarket.storefront.api.CartLineView;
import org.fedmarket.storefront.api.CartSeller;
import org.fedmarket.storefront.api.CartView;
import org.fedmarket.storefront.api.OfferSummary;
import org.fedmarket.storefront.api.Price;
import org.fedmarket.storefront.domain.Cart;
import org.fedmarket.storefront.domain.Offer;
import org.fedmarket.storefront.persistence.CartRepository;
import org.fedmarket.storefront.persistence.OfferRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customers' carts, found by the secret their browser holds (a cookie): adding, changing and removing lines, and the
 * cart as it stands now, grouped by seller, with every price or availability that changed since the customer saw it.
 */
@ApplicationScoped
public class Carts {

    /** The cookie that holds a browser's cart secret (HttpOnly, SameSite=Lax). */
    public static final String COOKIE = "fm_cart";
    /** How long an untouched cart is kept. */
    public static final Duration IDLE = Duration.ofDays(30);

    @Inject
    CartRepository carts;
    @Inject
    OfferRepository offers;
    @Inject
    CustomerPrices prices;
    @Inject
    StorefrontSearch search;
    @Inject
    StorefrontSettings settings;
    @Inject
    ModuleJobs jobs;
    @Inject
    CustomerSessions sessions;
    @Inject
    Clock clock;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        jobs.schedule(Module.STOREFRONT, "cart-sweep", Duration.ofHours(1), this::sweep);
    }

    @Transactional
    void sweep() {
        carts.deleteIdleSince(now().minus(IDLE));
    }

    /** The shopper's cart; an empty one when there is none (yet). */
    @Transactional
    public CartView view(Shopper shopper, Locale locale) {
        Optional<Long> customer = customerOf(shopper);
        Optional<Cart> cart = customer.isPresent() ? carts.customerCart(customer.get(), false)
                : id(shopper.cartSecret()).flatMap(id -> carts.cart(id, false));
        return view(cart.orElse(new Cart("", List.of())), locale);
    }

    /**
     * Adds a product. Returns a new cart secret when the browser needs one (it had no cart and no customer is signed in);
     * the caller sets it as the cart cookie.
     */
    @Transactional
    public Optional<String> add(Shopper shopper, String productId, int quantity, Locale locale) {
        Offer offer = offer(productId);
        Optional<Long> customer = customerOf(shopper);
        Optional<Cart> existing = customer.isPresent() ? carts.customerCart(customer.get(), true)
                : id(shopper.cartSecret()).flatMap(id -> carts.cart(id, true));
        Optional<String> newSecret = Optional.empty();
        Cart cart;
        if (existing.isPresent()) {
            cart = existing.get();
        } else {
            String secret = newSecret();
            cart = new Cart(id(secret).orElseThrow(), List.of());
            carts.create(cart.id(), customer.orElse(null), now());
            newSecret = customer.isPresent() ? Optional.empty() : Optional.of(secret);
        }
        Price price = prices.of(offer, locale);
        cart.add(productId, quantity, price.amount(), price.currency(), offer.availability(), now());
        carts.save(cart, now());
        return newSecret;
    }

    @Transactional
    public void quantity(Shopper shopper, String productId, int quantity) {
        Cart cart = lock(shopper);
        cart.quantity(productId, quantity);
        carts.save(cart, now());
    }

    /**
     * A customer signed in with this browser's cart: the cart joins the customer's (quantities add up) or becomes it.
     * The browser's cart cookie is no use afterwards.
     */
    @Transactional
    public void signedIn(long customerId, String cartSecret) {
        Optional<Cart> browser = id(cartSecret).flatMap(id -> carts.cart(id, true));
        if (browser.isEmpty()) {
            return;
        }
        Optional<Cart> own = carts.customerCart(customerId, true);
        if (own.isEmpty()) {
            carts.attach(browser.get().id(), customerId, now());
        } else {
            own.get().merge(browser.get(), now());
            carts.save(own.get(), now());
            carts.delete(browser.get().id());
        }
    }

    /** The customer has seen every change: each line takes the price and availability its product has now. */
    @Transactional
    public void acceptChanges(Shopper shopper, Locale locale) {
        Cart cart = lock(shopper);
        Map<String, Offer> current = offers.offers(cart.lines().stream().map(Cart.Line::productId).toList());
        for (Cart.Line line : cart.lines()) {
            Offer offer = current.get(line.productId());
            if (offer != null) {
                Price price = prices.of(offer, locale);
                cart.seen(line.productId(), price.amount(), price.currency(), offer.availability());
            }
        }
        carts.save(cart, now());
    }

    private CartView view(Cart cart, Locale locale) {
        Map<String, Offer> current = offers.offers(cart.lines().stream().map(Cart.Line::productId).toList());
        Map<String, List<CartLineView>> bySeller = new LinkedHashMap<>();
        Map<String, OfferSummary> sellerOf = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        int items = 0;
        boolean changed = false;
        for (Cart.Line line : cart.lines()) {
            Offer offer = current.get(line.productId());
            if (offer == null) {
                bySeller.computeIfAbsent("", s -> new ArrayList<>()).add(new CartLineView(line.productId(), null,
                        line.quantity(), null, null, null));
                changed = true;
                continue;
            }
            OfferSummary summary = search.summary(offer, locale);
            Price unit = summary.price();
            BigDecimal lineAmount = unit.amount().multiply(BigDecimal.valueOf(line.quantity()));
            boolean priceChanged = !unit.currency().equals(line.seenCurrency()) || unit.amount().compareTo(line.seenPrice()) != 0;
            boolean availabilityChanged = !offer.availability().equals(line.seenAvailability());
            changed |= priceChanged || availabilityChanged;
            bySeller.computeIfAbsent(offer.seller(), s -> new ArrayList<>()).add(new CartLineView(line.productId(), summary,
                    line.quantity(), price(lineAmount, unit.currency(), locale),
                    priceChanged ? price(line.seenPrice(), line.seenCurrency(), locale) : null,
                    availabilityChanged ? line.seenAvailability() : null));
            sellerOf.putIfAbsent(offer.seller(), summary);
            if (!"out-of-stock".equals(offer.availability()) && unit.currency().equals(settings.currency())) {
                total = total.add(lineAmount);
                items += line.quantity();
            }
        }
        List<CartSeller> sellers = new ArrayList<>();
        for (var e : bySeller.entrySet()) {
            OfferSummary any = sellerOf.get(e.getKey());
            BigDecimal subtotal = e.getValue().stream().filter(l -> l.lineTotal() != null)
                    .map(l -> l.lineTotal().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            sellers.add(new CartSeller(e.getKey(), any == null ? "No longer sold" : any.sellerName(), any != null && any.own(),
                    e.getValue(), price(subtotal, settings.currency(), locale)));
        }
        return new CartView(sellers, items, price(total, settings.currency(), locale), changed);
    }

    private Price price(BigDecimal amount, String currency, Locale locale) {
        return prices.price(amount, currency, locale);
    }

    private Cart lock(Shopper shopper) {
        Optional<Long> customer = customerOf(shopper);
        return (customer.isPresent() ? carts.customerCart(customer.get(), true) : id(shopper.cartSecret()).flatMap(id -> carts.cart(id, true)))
                .orElseThrow(() -> new NoSuchEntityException("Cart", "(this browser's)"));
    }

    private Optional<Long> customerOf(Shopper shopper) {
        return shopper.sessionSecret() == null ? Optional.empty() : sessions.current(shopper.sessionSecret()).map(c -> c.id());
    }

    private Offer offer(String productId) {
        if (productId == null || productId.length() > 120 || org.fedmarket.platform.input.Text.problem(productId).isPresent()) {
            throw new NoSuchEntityException("Product", "(not a product id)");
        }
        return offers.offer(productId).orElseThrow(() -> new NoSuchEntityException("Product", productId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String newSecret() {
        return Secrets.random(32);
    }

    /** The id a secret stands for: its SHA-256; empty for anything that is not a secret this shop gives out. */
    static Optional<String> id(String secret) {
        return Secrets.digestIfIssued(secret, 32);
    }
}
