package dev.techkg.pipeline;

import dev.techkg.article.Article;
import dev.techkg.extraction.CandidateRelation;
import dev.techkg.linking.LinkedText;
import dev.techkg.rdf.ArticleGraph;
import java.util.List;

/**
 * An article after every stage.
 *
 * @param article   the input
 * @param linked    its sentences, tokens, entities and mentions
 * @param relations the relations found
 * @param graph     its named graph
 * @param timings   nanoseconds spent per stage: analyze, link, extract, map
 */
public record ProcessedArticle(Article article, LinkedText linked, List<CandidateRelation> relations, ArticleGraph graph,
                               StageTimings timings) {
    public ProcessedArticle {
        relations = List.copyOf(relations);
    }
}
