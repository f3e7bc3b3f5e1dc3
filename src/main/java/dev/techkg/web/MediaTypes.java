package dev.techkg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Content negotiation: picks the offered media type an Accept header prefers (q-values, wildcards, specificity). */
final class MediaTypes {
    private MediaTypes() {}

    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
        }
    }

    /**
     * The offer the client prefers most, ties going to the earlier offer; the first offer when the header is
     * absent or blank; empty when the client accepts none of them.
     */
    static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            return offers.stream().findFirst(); // nothing readable (such as "Accept: ;"): as if absent
        }
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The q-value the most specific matching range gives the media type (0: not acceptable). */
    private static double quality(List<Range> ranges, String mediaType) {
        Range best = null;
        for (Range range : ranges) {
            if (range.matches(mediaType) && (best == null || range.specificity() > best.specificity())) {
                best = range;
            }
        }
        return best == null ? 0 : best.q();
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.strip().split(";", -1); // -1: ";" gives two empty pieces, not none
            String[] type = pieces[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double q = quality(pieces);
            ranges.add(new Range(type[0], type[1], q));
        }
        return ranges;
    }

    /** The q-value among a header item's parameters (after its first piece): 1 when absent, 0 when unreadable. */
    private static double quality(String[] pieces) {
        double q = 1;
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    q = Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    q = 0;
                }
            }
        }
        return q;
    }

    /**
     * Adds header names to the response's Vary header, keeping those already there (the CORS check adds Origin):
     * a cache must not give this answer to a request that differs in them.
     */
    static void vary(jakarta.servlet.http.HttpServletResponse response, String... names) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        String present = response.getHeader("Vary");
        if (present != null) {
            for (String name : present.split(",")) {
                if (!name.isBlank()) {
                    all.add(name.strip());
                }
            }
        }
        all.addAll(List.of(names));
        response.setHeader("Vary", String.join(", ", all));
    }

    /** Whether an Accept-Encoding header accepts gzip (named, or by '*', with a q-value above 0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";", -1);
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = quality(pieces);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = q;
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /** The media type of a Content-Type header, lower-case, without parameters ("" when absent). */
    static String base(String contentType) {
        return contentType == null ? "" : contentType.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type header, lower-case, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                return p.substring(8).replace("\"", "");
            }
        }
        return null;
    }
}
