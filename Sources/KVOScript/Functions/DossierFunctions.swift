import KVOModel

/// Functions over the open dossier.
enum DossierFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("count", "count(KIND)", arity: 1...1, summary: Message(en: "the number of records of a kind in the open dossier", nl: "het aantal gegevens van een soort in het open dossier"),
                     example: "if count(goals) < 7", takesKindName: true) { call in
            let w = try workspace(call)
            let name = try call.string(0)
            guard let kind = w.schema.kind(named: name) else {
                throw FunctionError(Message(en: "there is no kind of record called '\(name)'", nl: "er is geen soort gegeven '\(name)'") + Suggestion.phrase(for: name, in: w.schema.allNames), argument: 0)
            }
            return .number(Double(w.dossier.count(kind)))
        },
        FunctionSpec("ids", "ids(KIND)", arity: 1...1, summary: Message(en: "the IDs of the records of a kind, in file order", nl: "de ID's van de gegevens van een soort, in de volgorde van het bestand"),
                     example: "for p in ids(parks)", takesKindName: true) { call in
            let w = try workspace(call)
            let name = try call.string(0)
            guard let kind = w.schema.kind(named: name) else {
                throw FunctionError(Message(en: "there is no kind of record called '\(name)'", nl: "er is geen soort gegeven '\(name)'") + Suggestion.phrase(for: name, in: w.schema.allNames), argument: 0)
            }
            return .list(w.dossier.records(kind).map { .string(kind.isSingleton ? kind.name : $0.id) })
        },
        FunctionSpec("field", "field(ID, NAME)", arity: 2...2, summary: Message(en: "a field of a record (null when it is empty)", nl: "een veld van een gegeven (null als het leeg is)"),
                     example: "field(\"M-12\", \"status\")") { call in
            let w = try workspace(call)
            let id = try call.string(0), name = try call.string(1)
            guard let found = w.dossier.record(id) else { throw FunctionError(Message(en: "no record has the ID '\(id)'", nl: "geen gegeven heeft de ID '\(id)'"), argument: 0) }
            return FieldValues.field(name, of: found.record, kind: found.kind)
        },
        FunctionSpec("exists", "exists(ID)", arity: 1...1, summary: Message(en: "whether a record with this ID is in the open dossier", nl: "of er een gegeven met deze ID in het open dossier staat"),
                     example: "exists(\"G-7\")") { call in
            .bool(try workspace(call).dossier.record(try call.string(0)) != nil)
        },
    ]

    static func workspace(_ call: FunctionCall) throws -> Workspace {
        guard let w = call.environment.workspace else { throw FunctionError(Message(en: "no dossier is open", nl: "er is geen dossier open")) }
        return w
    }
}
