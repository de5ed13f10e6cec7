import XCTest
@testable import KVOModel

/// The one amendment path: a `ChangeSet` allocates IDs and checks every record, and a `Workspace`
/// applies nothing else.
final class ChangeSetTests: XCTestCase {
    let text = """
        {"format": "\(Schema.format)", "name": "T",
         "parties": [{"id": "PA-1", "name": "Gemeente", "type": "municipality"}],
         "members": [{"id": "MB-1", "name": "Anna", "party": "PA-1"}],
         "goals": [{"id": "G-1", "theme": "T05", "description": "Minder overlast"}],
         "measures": [{"id": "M-1", "title": "Licht", "goal": "G-1"}, {"id": "M-7", "title": "Camera's"}],
         "plan": {"adopted": "2025-03-01"}}
        """

    func kind(_ name: String) -> RecordKind { Schema.dossier.kind(named: name)! }

    func workspace() throws -> Workspace {
        let w = Workspace(path: nil, dossier: try Dossier.load(Array(text.utf8)), readOnly: false, journal: nil, lock: nil)
        return w
    }

    func refusal(_ body: () throws -> Void) -> ChangeSet.Refusal? {
        do { try body() } catch let refusal as ChangeSet.Refusal { return refusal } catch { XCTFail("\(error)") }
        return nil
    }

    func testIDsAreAllocatedPerKindFromTheHighestInUse() throws {
        var changes = ChangeSet(try workspace().dossier)
        XCTAssertEqual(changes.add(["title": .string("A")], kind: kind("measures")), "M-8")
        XCTAssertEqual(changes.add(["theme": .string("T01"), "description": .string("B")], kind: kind("goals")), "G-2")
        XCTAssertEqual(changes.add(["title": .string("C")], kind: kind("measures")), "M-9")
        XCTAssertEqual(changes.add(["name": .string("Politie"), "type": .string("police")], kind: kind("parties")), "PA-2")
        // An ID named before the record is made (the planner's new measures) is the next one, and kept.
        let reserved = changes.newID(kind("measures"))
        XCTAssertEqual(reserved, "M-10")
        XCTAssertEqual(changes.add(["id": .string(reserved), "title": .string("D")], kind: kind("measures")), "M-10")
        XCTAssertEqual(changes.add(["title": .string("E")], kind: kind("measures")), "M-11")
        XCTAssertEqual(changes.added["measures"], ["M-8", "M-9", "M-10", "M-11"])
        let amendment = try changes.amendment(command: "t", at: "t", by: "u")
        XCTAssertEqual(amendment.changes.map(\.id), ["M-8", "G-2", "M-9", "PA-2", "M-10", "M-11"])
        // Dossier.nextID looks ahead the same way.
        XCTAssertEqual(changes.base.nextID(kind("measures")), "M-8")
    }

    func testAnIDNotAllocatedByTheSetIsRefused() throws {
        var changes = ChangeSet(try workspace().dossier)
        changes.add(["id": .string("M-99"), "title": .string("A")], kind: kind("measures"))
        let r = refusal { _ = try changes.amendment(command: "t", at: "t", by: "u") }
        XCTAssertEqual(r?.id, "M-99")
        XCTAssertEqual(r?.reason, .notApplicable)
    }

    func testARefusedSetLeavesTheDossierUntouched() throws {
        let w = try workspace()
        let before = w.dossier
        var changes = w.changeSet()
        changes.add(["title": .string("Goed")], kind: kind("measures"))
        changes.add(["title": .string("Fout"), "goal": .string("G-9")], kind: kind("measures"))
        let r = refusal { try w.amend(changes, command: "add", at: "t", by: "u") }
        XCTAssertEqual(r?.id, "M-9")
        XCTAssertEqual(r?.field, "goal")
        XCTAssertEqual(r?.reason, .brokenReference(id: "G-9", target: "goals"))
        XCTAssertEqual(r?.message, Message(en: "M-9.goal: there is no goal G-9", nl: "M-9.goal: G-9 staat niet in goals"))
        XCTAssertEqual(w.dossier, before)
        XCTAssertTrue(w.amendments.isEmpty)
        XCTAssertFalse(w.canUndo)
        XCTAssertFalse(w.isDirty)
    }

    func testMissingAndInvalidFieldsAreNamed() throws {
        let w = try workspace()
        var missing = w.changeSet()
        missing.add(["goal": .string("G-1")], kind: kind("measures"))
        let m = refusal { try w.amend(missing, command: "add", at: "t", by: "u") }
        XCTAssertEqual(m?.reason, .missing)
        XCTAssertEqual(m?.field, "title")
        XCTAssertEqual(m?.id, "M-8")

        var invalid = w.changeSet()
        var measure = w.dossier.record("M-1")!.record
        measure["hours"] = .string("veel")
        invalid.change(w.dossier.record("M-1")!.record, to: measure, kind: kind("measures"))
        let i = refusal { try w.amend(invalid, command: "set", at: "t", by: "u") }
        XCTAssertEqual(i?.reason, .invalid)
        XCTAssertEqual(i?.field, "hours")
        XCTAssertTrue(i?.message.en.hasPrefix("M-1.hours: ") ?? false, i?.message.en ?? "")
        XCTAssertFalse(i?.message.nl.isEmpty ?? true)
        XCTAssertEqual(w.dossier.record("M-1")?.record["hours"], nil)
    }

    func testARemovedRecordMustNotBeReferredTo() throws {
        let w = try workspace()
        var changes = w.changeSet()
        changes.remove(w.dossier.record("G-1")!.record, kind: kind("goals"))
        let r = refusal { try w.amend(changes, command: "remove G-1", at: "t", by: "u") }
        XCTAssertEqual(r?.id, "G-1")
        XCTAssertEqual(r?.reason, .stillReferenced(by: "M-1.goal"))
        XCTAssertNotNil(w.dossier.record("G-1"))
    }

    /// `remove PA-1 --force` cleared MB-1's required party and stored a member `open` refuses.
    func testClearingARequiredReferenceIsRefused() throws {
        let w = try workspace()
        var changes = w.changeSet()
        var member = w.dossier.record("MB-1")!.record
        member["party"] = nil
        changes.change(w.dossier.record("MB-1")!.record, to: member, kind: kind("members"))
        changes.remove(w.dossier.record("PA-1")!.record, kind: kind("parties"))
        let r = refusal { try w.amend(changes, command: "remove PA-1 --force", at: "t", by: "u") }
        XCTAssertEqual(r?.id, "MB-1")
        XCTAssertEqual(r?.field, "party")
        XCTAssertEqual(r?.reason, .missing)
        XCTAssertNoThrow(try Dossier.load(w.dossier.encoded()))
    }

    /// A set is checked against the state it is applied to: one made before another amendment
    /// removed its target cannot store a broken reference.
    func testASetIsCheckedAgainstTheCurrentState() throws {
        let w = try workspace()
        var late = w.changeSet()
        late.add(["title": .string("Later"), "goal": .string("G-1")], kind: kind("measures"))
        var clear = w.changeSet()
        var m1 = w.dossier.record("M-1")!.record
        m1["goal"] = nil
        clear.change(w.dossier.record("M-1")!.record, to: m1, kind: kind("measures"))
        clear.remove(w.dossier.record("G-1")!.record, kind: kind("goals"))
        try w.amend(clear, command: "remove G-1 --force", at: "t", by: "u")
        let r = refusal { try w.amend(late, command: "add", at: "t", by: "u") }
        XCTAssertEqual(r?.reason, .brokenReference(id: "G-1", target: "goals"))
    }

    /// An import of 20,000 records: consecutive IDs, each allocated in constant time (a scan per
    /// record would take minutes here), one amendment, and one undo takes it all back.
    func testABatchAllocatesInOrderAndUndoesWhole() throws {
        let w = try workspace()
        let before = w.dossier
        let incidents = kind("incidents")
        var changes = w.changeSet()
        let start = ContinuousClock.now
        for i in 0..<20_000 {
            changes.add(["source": .string("police"), "category": .string("inbraak \(i % 7)")], kind: incidents)
        }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(20))
        XCTAssertEqual(changes.added["incidents"]?.first, "I-1")
        XCTAssertEqual(changes.added["incidents"]?.last, "I-20000")
        XCTAssertEqual(Set(changes.added["incidents"]!).count, 20_000)
        try w.amend(changes, command: "import", at: "t", by: "u")
        XCTAssertEqual(w.dossier.count(incidents), 20_000)
        XCTAssertEqual(w.amendments.count, 1)
        XCTAssertEqual(w.dossier.nextID(incidents), "I-20001")
        let after = w.dossier
        XCTAssertNotNil(try w.undo(command: "undo", at: "t", by: "u"))
        XCTAssertEqual(w.dossier, before)
        XCTAssertNotNil(try w.redo(command: "redo", at: "t", by: "u"))
        XCTAssertEqual(w.dossier, after)
    }

    final class Recorder: WorkspaceObserver {
        var events: [(WorkspaceEvent.Cause, Set<String>)] = []
        func workspace(_ workspace: Workspace, changed event: WorkspaceEvent) { events.append((event.cause, event.kinds)) }
    }

    func testObserversAreToldOfEveryChange() throws {
        let w = try workspace()
        let recorder = Recorder()
        w.observe(recorder)
        var changes = w.changeSet()
        changes.add(["title": .string("A")], kind: kind("measures"))
        changes.add(["theme": .string("T01"), "description": .string("B")], kind: kind("goals"))
        try w.amend(changes, command: "t", at: "t", by: "u")
        _ = try w.undo(command: "undo", at: "t", by: "u")
        _ = try w.redo(command: "redo", at: "t", by: "u")
        var bad = w.changeSet()
        bad.add(["goal": .string("G-1")], kind: kind("measures"))
        XCTAssertNotNil(refusal { try w.amend(bad, command: "t", at: "t", by: "u") })
        XCTAssertEqual(recorder.events.map(\.0), [.amended, .undone, .redone], "a refused set tells nobody")
        XCTAssertEqual(recorder.events.map(\.1), Array(repeating: ["measures", "goals"], count: 3))
    }

    func testASectionIsChangedNotAdded() throws {
        let w = try workspace()
        var changes = w.changeSet()
        changes.add(["adopted": .string("2025-04-01")], kind: kind("plan"))
        XCTAssertEqual(refusal { try w.amend(changes, command: "t", at: "t", by: "u") }?.reason, .notApplicable)
        var section = w.changeSet()
        section.change(nil, to: Record(fields: ["subjects": .array([.number(5)])]), kind: kind("survey"))
        try w.amend(section, command: "t", at: "t", by: "u")
        XCTAssertEqual(w.dossier.record("survey")?.record["subjects"], .array([.number(5)]))
    }
}
