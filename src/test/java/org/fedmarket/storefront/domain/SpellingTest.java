package org.fedmarket.storefront.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpellingTest {

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertEquals(1, Spelling.distance("sokcs", "socks"));
        assertEquals(1, Spelling.distance("sock", "socks"));
        assertEquals(2, Spelling.distance("sokcs", "sacks"));
        assertEquals(0, Spelling.distance("mug", "mug"));
    }

    @Test
    void theCandidateWithFewestEditsWinsAndTiesGoToTheFirstListed() {
        assertEquals(Optional.of("socks"), Spelling.correct("sokcs", List.of("stocks", "socks", "sacks")));
        assertEquals(Optional.of("merino"), Spelling.correct("merion", List.of("merino", "marion")));
        assertEquals(Optional.of("merino"), Spelling.correct("merinoo", List.of("marinos", "merino")),
                "a closer candidate listed second beats a farther first one");
    }

    @Test
    void shortWordsAllowOneEditLongerOnesTwoAndNothingFarther() {
        assertEquals(Optional.of("mug"), Spelling.correct("mgu", List.of("mug")));
        assertEquals(Optional.empty(), Spelling.correct("mxyz", List.of("mug")), "a short word two edits away is another word");
        assertEquals(Optional.of("running"), Spelling.correct("runnign", List.of("running")));
        assertEquals(Optional.empty(), Spelling.correct("ruxxxng", List.of("running")), "three edits are too many");
        assertEquals(Optional.empty(), Spelling.correct("socks", List.of()));
    }
}
