package org.fedmarket.storefront.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text as search sees them: runs of letters and digits, lower case, without accents, 2 to
 * {@link #MAX_LENGTH} characters. Everything else (punctuation, operators, markup) only separates words, so a word
 * can go into a text-search query as it is.
 */
public final class Words {

    public static final int MAX_LENGTH = 60;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            String word = m.group();
            if (word.length() >= 2 && word.length() <= MAX_LENGTH) {
                words.add(word);
            }
        }
        return words;
    }

    /** The word's characters in order, the same for every word with the same letters ("socks", "sokcs": "ckoss"). */
    public static String letters(String word) {
        int[] points = word.codePoints().sorted().toArray();
        return new String(points, 0, points.length);
    }
}
