package dev.techkg.nlp;

import java.util.List;
import java.util.regex.Pattern;

/** What joins the items of a written list: commas, "and", "or", "&". */
public final class ListJoiners {
    private static final Pattern JOINER = Pattern.compile(",|and|or|&");

    private ListJoiners() {
    }

    /** Whether only list joiners stand between tokens {@code from} (inclusive) and {@code to} (exclusive), and at least one. */
    public static boolean onlyBetween(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!JOINER.matcher(tokens.get(k).word()).matches()) {
                return false;
            }
        }
        return true;
    }
}
