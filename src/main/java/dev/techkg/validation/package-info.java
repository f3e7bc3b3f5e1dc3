/**
 * SHACL validation of the store against the shapes of {@code ontology/shapes.ttl}: each article graph
 * is checked on its own, since it must be complete in itself (deleting it leaves nothing behind).
 */
package dev.techkg.validation;
