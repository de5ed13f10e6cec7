import KVOModel

extension CommandSpec {
    static let schema = CommandSpec(
        name: "schema", group: .dossier, summary: Message(en: "print the JSON Schema of the dossier file format", nl: "het JSON Schema van het dossierbestand tonen"),
        example: "schema",
        details: Message(en: "docs/dossier.schema.json is this output. Other tools can check a dossier with it; kvo's own loading checks more (references, real dates).",
                         nl: "docs/dossier.schema.json is deze uitvoer. Andere programma's kunnen er een dossier mee controleren; kvo controleert bij het laden meer (verwijzingen, bestaande datums)."),
        arguments: NoArguments.self,
        run: { _, context in
            context.write(JSONWriter.string(Schema.dossier.jsonSchema))
        })
}
