package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void normalisation_drops_suffixes_possessives_articles_case_and_punctuation() {
        assertEquals("tencent", Names.normalize("Tencent Holdings Ltd."));
        assertEquals("tencent", Names.normalize("Tencent"));
        assertEquals("u s government", Names.normalize("the U.S. government"));
        assertEquals("alibaba", Names.normalize("Alibaba’s"));
        assertEquals("alibaba", Names.normalize("Alibaba Group Holding"));
        assertEquals("alibaba group", Names.normalize("Alibaba Group"));
        assertEquals("samsung electronics", Names.normalize("Samsung Electronics Co., Ltd."));
    }

    @Test
    void display_names_drop_legal_forms_but_keep_the_name() {
        assertEquals("Informatica", Names.display("Informatica Inc."));
        assertEquals("Broadcom", Names.display("Broadcom Corp."));
        assertEquals("Own Company", Names.display("Own Company"));
        assertEquals("Alibaba", Names.display("Alibaba’s"));
        assertEquals("European Commission", Names.display("the European Commission"));
    }
}
