package org.uptake.offers.catalogue;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.no.NorwegianLightStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How catalogue texts become search terms: each language with its own stemming (so "Seminare" finds "Seminar" and
 * "kurset" finds "kurs"), and one language-neutral field of word prefixes for words typed half.
 */
public class CatalogueAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english").custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(EnglishPossessiveFilterFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(PorterStemFilterFactory.NAME);
        context.analyzer("german").custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(GermanNormalizationFilterFactory.NAME)
                .tokenFilter(GermanLightStemFilterFactory.NAME);
        context.analyzer("norwegian").custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(NorwegianLightStemFilterFactory.NAME).param("variant", "nb");
        context.analyzer("words").custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME);
        context.analyzer("prefixes").custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME)
                .tokenFilter(EdgeNGramFilterFactory.NAME).param("minGramSize", "3").param("maxGramSize", "24")
                .param("preserveOriginal", "true");
    }
}
