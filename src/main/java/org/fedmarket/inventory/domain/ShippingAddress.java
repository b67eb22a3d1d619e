package org.fedmarket.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an order goes and whom to ask about it, as the selling partner handed it over. */
@Embeddable
public class ShippingAddress {

    @Column(name = "ship_name", nullable = false)
    private String name;
    @Column(name = "ship_line1", nullable = false)
    private String line1;
    @Column(name = "ship_line2")
    private String line2;
    @Column(name = "ship_postal_code", nullable = false)
    private String postalCode;
    @Column(name = "ship_city", nullable = false)
    private String city;
    @Column(name = "ship_region")
    private String region;
    @Column(name = "ship_country", nullable = false)
    private String country;
    @Column(name = "contact_email", nullable = false)
    private String email;
    @Column(name = "contact_phone")
    private String phone;

    protected ShippingAddress() {
    }

    public ShippingAddress(String name, String line1, String line2, String postalCode, String city, String region,
                           String country, String email, String phone) {
        this.name = name;
        this.line1 = line1;
        this.line2 = line2;
        this.postalCode = postalCode;
        this.city = city;
        this.region = region;
        this.country = country;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String region() {
        return region;
    }

    public String country() {
        return country;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
