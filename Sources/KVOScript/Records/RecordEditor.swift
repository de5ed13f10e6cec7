import KVOModel

/// Turns `field=value` pairs into a record: unknown fields and wrong types are errors. `commit`
/// hands the changes to the workspace, whose `ChangeSet` checks the rest (required fields,
/// references), and words a refusal for the user; nothing is changed unless all is well.
struct RecordEditor {
    let context: CommandContext
    let workspace: Workspace
    let kind: RecordKind

    /// Applies the pairs to `record`; `null` (or an empty quoted string) removes a field.
    func apply(_ assignments: [ParsedArguments.Assignment], to record: Record) throws -> Record {
        var result = record
        var seen = Set<String>()
        for var a in assignments {
            // A field may be named in Dutch (uren=16): it is the English field from here on.
            a.name = FieldValues.fieldName(a.name, in: kind) ?? a.name
            guard seen.insert(a.name).inserted else {
                throw context.error(Message(en: "'\(a.name)' is given twice", nl: "'\(a.name)' staat er twee keer"), at: a.location, length: a.name.count)
            }
            if a.name == Record.idField {
                throw context.error(Message(en: "an ID cannot be changed", nl: "een ID kan niet worden gewijzigd"), at: a.location, length: 2,
                                    hint: Message(en: "IDs are stable: reports and other records refer to them",
                                                  nl: "ID's liggen vast: rapporten en andere gegevens verwijzen ernaar"))
            }
            guard let field = kind.field(a.name) else {
                throw context.error(Message(en: "\(kind.name) have no field '\(a.name)'", nl: "\(kind.name) hebben geen veld '\(a.name)'")
                                    + Suggestion.phrase(for: a.name, in: kind.fields.map(\.name)),
                                    at: a.location, length: a.name.count,
                                    hint: Message(en: "'kinds \(kind.name)' lists the fields", nl: "'soorten \(kind.name)' toont de velden"))
            }
            var value = try context.evaluate(a.value)
            if case .string(let s) = value, s == "null" || s.isEmpty { value = .null }
            if value == .null {
                if field.required {
                    throw context.error(Message(en: "\(a.name) is required for a \(kind.singular)", nl: "\(a.name) is verplicht voor \(kind.name)"),
                                        at: a.location, length: a.name.count)
                }
                result[a.name] = nil
                continue
            }
            switch FieldValues.json(value, for: field.type) {
            case .success(let json): result[a.name] = json
            case .failure(let problem):
                throw context.error("\(a.name): " + problem.message, at: a.value.location, length: a.value.length,
                                    hint: Message(en: "\(a.name) is ", nl: "\(a.name) is ") + field.type.described + ": " + field.summary)
            }
        }
        return result
    }

    /// Records the amendment: checked (`ChangeSet`), journaled, applied, undoable. A record the
    /// schema refuses is reported as the user made it: `assignments` (when the changes come from
    /// `FIELD=VALUE` pairs) point at the value at fault.
    func commit(_ changes: ChangeSet, assignments: [ParsedArguments.Assignment] = []) throws {
        let options = context.environment.options
        do {
            try workspace.amend(changes, command: context.commandText, at: options.now(), by: options.user)
        } catch let refusal as ChangeSet.Refusal {
            throw error(refusal, assignments: assignments)
        } catch let failure as IOError {
            throw journalFailure(failure.message)
        } catch let failure as Diagnostic where failure.location == nil {
            throw journalFailure(failure.message)
        }
    }

    private func journalFailure(_ message: Message) -> Diagnostic {
        context.error(Message(en: "not changed: the journal could not be written (", nl: "niet gewijzigd: het journaal kon niet worden geschreven (")
                                + message + ")",
                                hint: Message(en: "without the journal a crash could lose this change; check the disk, or save",
                                              nl: "zonder journaal kan een crash deze wijziging kwijtraken; controleer de schijf, of bewaar"))
    }

    /// A refusal as the command's error: a missing field or a broken reference with what to do
    /// about it, anything else as the change set words it.
    private func error(_ refusal: ChangeSet.Refusal, assignments: [ParsedArguments.Assignment]) -> Diagnostic {
        let schema = workspace.schema
        guard let kind = schema.kind(named: refusal.kind) else { return context.error(refusal.message) }
        switch refusal.reason {
        case .missing:
            guard let missing = refusal.field.flatMap(kind.field) else { break }
            // `remove --force` would leave another record without a required reference.
            guard kind.name == self.kind.name else {
                let id = refusal.id, field = missing.name
                return context.error(refusal.message, hint: Message(en: "give \(id) another \(field) first: set \(id) \(field)=...",
                                                                    nl: "geef \(id) eerst een andere \(field): wijzig \(id) \(field)=..."))
            }
            return context.error(Message(en: "a \(kind.singular) needs \(missing.name) (", nl: "\(kind.name) hebben \(missing.name) nodig (")
                                 + missing.type.described + ")",
                                 hint: Message(en: "add it as \(missing.name)=VALUE; 'kinds \(kind.name)' lists the fields",
                                               nl: "voeg het toe als \(missing.name)=WAARDE; 'soorten \(kind.name)' toont de velden"))
        case .brokenReference(let id, let targetName):
            guard let field = refusal.field, let target = schema.kind(named: targetName) else { break }
            let location = assignments.first { $0.name == field }
            let known = workspace.dossier.records(target).map(\.id)
            return context.error(Message(en: "\(field): there is no \(target.singular) \(id)", nl: "\(field): \(id) staat niet in \(targetName)")
                                 + Suggestion.phrase(for: id, in: known),
                                 at: location?.value.location, length: location?.value.length ?? 1,
                                 hint: Message(en: "list \(targetName) shows the IDs", nl: "lijst \(targetName) toont de ID's"))
        case .invalid, .stillReferenced, .notApplicable:
            break
        }
        return context.error(refusal.message)
    }
}
