package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.extraction.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entity API accepts and lists exactly the relations it is given: a new relation is added in one place. */
class EntityApiTest {
    private static final List<String> TYPES = List.of("Company", "Person");
    private static final List<String> RELATIONS = Arrays.stream(Relation.values()).map(Relation::localName).toList();

    @Test
    void a_relation_added_to_the_list_it_is_given_is_accepted_and_listed() {
        List<String> withNew = new ArrayList<>(RELATIONS);
        withNew.add("licensesTo");
        EntityApi api = new EntityApi(null, null, TYPES, withNew, null);

        assertEquals(Set.of("licensesTo", "leads"), api.relations("licensesTo, leads"));
        HttpError unknown = assertThrows(HttpError.class, () -> api.relations("sues"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.detail().contains("licensesTo") && unknown.detail().contains("competesWith"), unknown.detail());
    }

    @Test
    void a_relation_not_in_its_list_is_refused_naming_the_known_ones_in_order() {
        EntityApi api = new EntityApi(null, null, TYPES, RELATIONS, null);

        HttpError unknown = assertThrows(HttpError.class, () -> api.relations("competesWith,licensesTo"));
        assertEquals("Unknown relation 'licensesTo'", unknown.getMessage());
        assertEquals("Relations: " + String.join(", ", RELATIONS.stream().sorted().toList()), unknown.detail());
    }
}
