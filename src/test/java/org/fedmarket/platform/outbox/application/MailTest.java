package org.fedmarket.platform.outbox.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailTest {

    @Test
    void aMailIsStoredAsJsonAndReadBackAsItWas() {
        Mail mail = new Mail("ada@example.com", "Grüße \"quoted\"", "Line one\nhttp://localhost/account/verify?token=abc\n");
        assertEquals(mail, Mail.fromJson(mail.json()));
        assertEquals("mailto:ada@example.com", mail.destination());
    }
}
