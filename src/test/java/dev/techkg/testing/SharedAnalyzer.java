package dev.techkg.testing;

import dev.techkg.nlp.CoreNlpAnalyzer;
import dev.techkg.nlp.TextAnalyzer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one CoreNLP analyzer of this test JVM: loaded on first use, kept in JUnit's root store,
 * so the models load once for the whole suite. Declare a {@link TextAnalyzer} parameter to get it.
 */
public final class SharedAnalyzer implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TextAnalyzer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedAnalyzer.class.getName(), key -> CoreNlpAnalyzer.loadEnglish(), TextAnalyzer.class);
    }
}
