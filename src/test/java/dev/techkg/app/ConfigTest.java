package dev.techkg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.TechKgException;
import dev.techkg.store.RemoteStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --store, $TECHKG_STORE and the settings that come with a remote store, read once at the edge. */
class ConfigTest {
    @Test
    void a_folder_is_a_tdb2_store_with_its_spool_beside_it() {
        Config config = Config.resolve("data/kg", null, Map.of());
        assertEquals(new StoreLocation.Folder(Path.of("data/kg")), config.store());
        assertEquals(Path.of("data/kg-spool").toAbsolutePath().normalize(), config.spoolFolder());
        assertEquals(new StoreLocation.Folder(Config.DEFAULT_STORE), Config.resolve(null, null, Map.of()).store());
    }

    @Test
    void an_http_url_from_the_flag_or_the_environment_is_a_remote_dataset_with_credentials_from_the_environment() {
        Config config = Config.resolve(null, null, Map.of("TECHKG_STORE", "https://kg.example:8443/techkg",
                "TECHKG_STORE_USER", "ingest", "TECHKG_STORE_PASSWORD", "pw"));
        assertEquals(new StoreLocation.Remote(RemoteStore.Endpoints.at(URI.create("https://kg.example:8443/techkg")),
                new RemoteStore.Credentials("ingest", "pw")), config.store());
        assertEquals(Path.of("data", "remote-spool"), config.spoolFolder());
        assertFalse(new RemoteStore.Credentials("ingest", "pw").toString().contains("pw"), "the password never shows");

        Config explicit = Config.resolve("http://127.0.0.1:3030/ds", Path.of("/var/spool/techkg"), Map.of("TECHKG_HOME", "/srv/techkg"));
        assertEquals(Path.of("/var/spool/techkg"), explicit.spoolFolder());
        assertEquals(Path.of("/srv/techkg", "remote-spool"), Config.resolve("http://127.0.0.1:3030/ds", null,
                Map.of("TECHKG_HOME", "/srv/techkg")).spoolFolder());
    }

    @Test
    void a_server_with_an_endpoint_per_protocol_gets_them_from_the_environment() {
        Config config = Config.resolve("http://127.0.0.1:7200/repositories/techkg", null, Map.of(
                "TECHKG_STORE_UPDATE_URL", "http://127.0.0.1:7200/repositories/techkg/statements",
                "TECHKG_STORE_GSP_URL", "http://127.0.0.1:7200/repositories/techkg/rdf-graphs/service"));
        assertEquals(new RemoteStore.Endpoints(URI.create("http://127.0.0.1:7200/repositories/techkg"),
                URI.create("http://127.0.0.1:7200/repositories/techkg/statements"),
                URI.create("http://127.0.0.1:7200/repositories/techkg/rdf-graphs/service")), ((StoreLocation.Remote) config.store()).endpoints());
        TechKgException e = assertThrows(TechKgException.class, () -> Config.resolve("data/store", null,
                Map.of("TECHKG_STORE_GSP_URL", "http://127.0.0.1:7200/x")));
        assertTrue(e.getMessage().contains("are for a remote store"), e.getMessage());
        e = assertThrows(TechKgException.class, () -> Config.resolve("http://127.0.0.1:7200/repositories/techkg", null,
                Map.of("TECHKG_STORE_UPDATE_URL", "statements")));
        assertTrue(e.getMessage().contains("$TECHKG_STORE_UPDATE_URL 'statements' is not an http(s) URL"), e.getMessage());
    }

    @Test
    void unusable_store_urls_and_half_given_credentials_are_refused_with_what_to_give_instead() {
        assertMessage("names no dataset", "http://127.0.0.1:3030/");
        assertMessage("carries credentials; put them in $TECHKG_STORE_USER and $TECHKG_STORE_PASSWORD", "http://u:secret@127.0.0.1:3030/ds");
        assertMessage("without ?query or #fragment", "http://127.0.0.1:3030/ds?default");
        assertMessage("give a folder, or the http(s) URL of a SPARQL dataset", "ftp://127.0.0.1/ds");
        TechKgException e = assertThrows(TechKgException.class, () -> Config.resolve("http://127.0.0.1:3030/ds", null,
                Map.of("TECHKG_STORE_USER", "u")));
        assertTrue(e.getMessage().contains("only $TECHKG_STORE_USER is set"), e.getMessage());
    }

    private static void assertMessage(String expected, String store) {
        TechKgException e = assertThrows(TechKgException.class, () -> Config.resolve(store, null, Map.of()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
