package org.fedmarket.platform.input;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    @Test
    void tabsNewlinesAndAnyPrintableTextPass() {
        assertTrue(Text.problem("Grüße\taus\r\nKöln — 🧦").isEmpty());
        assertTrue(Text.problem(null).isEmpty());
    }

    @Test
    void nulOtherControlCharactersAndLoneSurrogatesAreRefused() {
        for (String bad : new String[]{"a\u0000", "\u0007", "x\u001b[31m", "\u007f", "\u0085", "\ud83e", "a\udde6b"}) {
            assertFalse(Text.problem(bad).isEmpty(), bad);
        }
    }
}
