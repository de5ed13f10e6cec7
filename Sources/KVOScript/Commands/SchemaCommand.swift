import KVOModel

extension CommandSpec {
    static let schema = CommandSpec(
        name: "schema", group: .dossier, summary: "print the JSON Schema of the dossier file format",
        example: "schema",
        details: "docs/dossier.schema.json is this output. Other tools can check a dossier with it; kvo's own loading checks more (references, real dates).",
        action: { context in
            context.write(JSONWriter.string(Schema.dossier.jsonSchema))
        })
}
