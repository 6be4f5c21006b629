package org.pactgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the names and aliases of a store's entities and of its ontology's
 * classes and properties, one document per name, with the entities themselves kept beside it for
 * showing. Built whole from an {@link EntityCatalogue}; never changed after; safe for any number
 * of threads.
 */
public final class EntityIndex implements AutoCloseable {
    private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.NAME, Fields.EXACT, Fields.UNORDERED);

    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Entity> entities;
    private final Map<String, SchemaTerm> terms;

    private EntityIndex(Analyzer analyzer, ByteBuffersDirectory directory, DirectoryReader reader, EntityCatalogue catalogue) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.entities = new HashMap<>(catalogue.entities().size() * 2);
        catalogue.entities().forEach(e -> entities.put(e.id(), e));
        this.terms = new LinkedHashMap<>();
        catalogue.schema().forEach(t -> terms.put(t.id(), t));
    }

    /** Indexes every name and alias of the catalogue. */
    public static EntityIndex build(EntityCatalogue catalogue) {
        Analyzer analyzer = new NameAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (Entity e : catalogue.entities()) {
                for (Name n : e.names()) writer.addDocument(document(Fields.ENTITY, e.id(), n.text(), e.types()));
            }
            for (SchemaTerm t : catalogue.schema()) {
                writer.addDocument(document(t.isClass() ? Fields.CLASS : Fields.PROPERTY, t.id(), t.name(), List.of()));
            }
            writer.commit();
            return new EntityIndex(analyzer, directory, DirectoryReader.open(directory), catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(String kind, String id, String name, List<String> types) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new StringField(Fields.NAME, name, Field.Store.YES));
        d.add(new StringField(Fields.EXACT, SearchNameKey.key(name), Field.Store.YES));
        d.add(new StringField(Fields.UNORDERED, SearchNameKey.unordered(name), Field.Store.YES));
        String initials = SearchNameKey.initialsKey(name);
        if (!initials.isEmpty()) d.add(new StringField(Fields.INITIALS, initials, Field.Store.NO));
        d.add(new TextField(Fields.WORDS, SearchNameKey.text(name), Field.Store.NO));
        for (String t : types) d.add(new StringField(Fields.TYPE, t, Field.Store.NO));
        return d;
    }

    /** Entities whose names match the text, best first, of any of the types when some are given. */
    public List<Hit> entities(String text, Collection<String> types, int limit) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        filter.add(new TermQuery(new Term(Fields.KIND, Fields.ENTITY)), Occur.FILTER);
        if (!types.isEmpty()) {
            BooleanQuery.Builder anyType = new BooleanQuery.Builder();
            types.forEach(t -> anyType.add(new TermQuery(new Term(Fields.TYPE, t)), Occur.SHOULD));
            filter.add(anyType.build(), Occur.FILTER);
        }
        return search(text, filter.build(), limit);
    }

    /** Classes (or properties) of the ontology whose names match the text, best first. */
    public List<Hit> schemaTerms(String text, boolean classes, int limit) {
        return search(text, new TermQuery(new Term(Fields.KIND, classes ? Fields.CLASS : Fields.PROPERTY)), limit);
    }

    private List<Hit> search(String text, Query filter, int limit) {
        Query query = NameQuery.of(text, analyzer, filter);
        if (query == null || limit < 1) return List.of();
        String key = SearchNameKey.key(text);
        String unordered = SearchNameKey.unordered(text);
        try {
            ScoreDoc[] docs = searcher.search(query, Math.max(40, limit * 8)).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Map<String, Hit> best = new LinkedHashMap<>();
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc, SHOWN);
                String id = d.get(Fields.ID);
                if (best.containsKey(id)) continue;
                boolean exact = key.equals(d.get(Fields.EXACT)) || unordered.equals(d.get(Fields.UNORDERED));
                best.put(id, new Hit(id, d.get(Fields.NAME), sd.score, exact));
                if (best.size() == limit) break;
            }
            return new ArrayList<>(best.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entity with this IRI, when the index has it. */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** The class or property with this IRI, when the ontology has it. */
    public Optional<SchemaTerm> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    /** Every class and property, in IRI order. */
    public Collection<SchemaTerm> terms() {
        return terms.values();
    }

    /** Entities indexed. */
    public int size() {
        return entities.size();
    }

    /** Documents (names and aliases) indexed. */
    public int names() {
        return reader.numDocs();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
