package org.fedmarket.storefront.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {

    @Test
    void wordsAreLettersAndDigitsInLowerCaseWithoutAccents() {
        assertEquals(List.of("creme", "brulee", "set", "42"), Words.of("Crème Brûlée set, 42"));
    }

    @Test
    void queryOperatorsAndMarkupOnlySeparateWords() {
        assertEquals(List.of("socks", "or", "script", "alert", "script", "mugs"), Words.of("socks | (or) & !<script>alert(1)</script> 'mugs':*"));
        assertEquals(List.of(), Words.of("!!! & | :* ''"));
        assertEquals(List.of(), Words.of(null));
    }

    @Test
    void singleCharactersAndOverlongRunsAreNoWords() {
        assertEquals(List.of("xl"), Words.of("a b xl " + "z".repeat(Words.MAX_LENGTH + 1)));
    }
}
