import XCTest
import KVOModel
@testable import KVOChecks

/// The incident facts kept between checks: brought up to date by an amendment exactly as a new
/// reading would have them, or emptied when that cannot be done cheaply.
final class IncidentFactCacheTests: XCTestCase {
    let dossier = try! Dossier.load(Array("""
        {"format": "kvo-dossier/2", "incidents": [
          {"id": "I-1", "source": "police", "category": "Inbraak", "date": "2024-01-05"},
          {"id": "I-2", "source": "municipality", "category": "Zwerfvuil", "date": "2024-02-01", "handled": false},
          {"id": "I-3", "source": "police", "category": "Diefstal", "from": "2024-01-01", "to": "2024-12-31", "count": 7, "area": "overig"}]}
        """.utf8))

    func facts(_ cache: CheckCache, _ d: Dossier) -> [String: [String]] {
        cache.incidentsBySource(CheckContext(dossier: d, asOf: Day("2025-01-01")!, cache: cache)).mapValues { facts in
            facts.map { "\($0.record.id) \($0.count) \($0.area?.rawValue ?? "-") \($0.handled.map { "\($0)" } ?? "-") \($0.span.map { "\($0.first)..\($0.last)" } ?? "-")" }
        }
    }

    func amended(_ changes: [Change]) throws -> Dossier {
        var d = dossier
        try Amendment(command: "", at: "", by: "", changes: changes).apply(to: &d)
        return d
    }

    func testAddAndChangeMatchAFreshReading() throws {
        let cache = CheckCache()
        _ = facts(cache, dossier)
        let i2 = dossier.record("I-2")!.record
        var handled = i2
        handled["handled"] = .bool(true)
        let added = Record(fields: ["id": .string("I-4"), "source": .string("fire"), "category": .string("Brand"), "date": .string("2024-03-03")])
        let changes = [Change(kind: "incidents", id: "I-2", before: i2, after: handled),
                       Change(kind: "incidents", id: "I-4", before: nil, after: added)]
        let d = try amended(changes)
        XCTAssertTrue(cache.update(with: changes), "kept up to date, not emptied")
        XCTAssertEqual(facts(cache, d), facts(CheckCache(), d))
        XCTAssertEqual(facts(cache, d)["municipality"], ["I-2 1 - true 2024-02-01..2024-02-01"])
    }

    /// The rules' results are kept for the same day and `--audit` while nothing changes; any
    /// change, of any kind, and a reset forget them (issue 15: `status` after `check`).
    func testRuleResultsAreKeptUntilAnyChange() throws {
        let cache = CheckCache()
        let day = Day("2025-01-01")!
        let rule = RuleCatalogue.handbook.rules[0]
        func kept(_ d: Dossier, asOf: Day = day, audit: OrganisationRecord.Certification? = nil) -> CheckResult? {
            cache.keptResult(rule, CheckContext(dossier: d, asOf: asOf, auditOverride: audit, cache: cache)).result
        }
        XCTAssertNil(kept(dossier))
        let first = Checker.run(CheckContext(dossier: dossier, asOf: day, cache: cache))
        XCTAssertEqual(first, Checker.run(CheckContext(dossier: dossier, asOf: day)), "as a fresh check")
        XCTAssertEqual(kept(dossier), first[0])
        XCTAssertNil(kept(dossier, asOf: Day("2025-01-02")!), "another day judges afresh")
        XCTAssertNil(kept(dossier, audit: .renewal), "another --audit judges afresh")
        let party = Change(kind: "parties", id: "PA-1", before: nil,
                           after: Record(fields: ["id": .string("PA-1"), "name": .string("G"), "type": .string("municipality")]))
        let d = try amended([party])
        cache.update(with: [party])
        XCTAssertNil(kept(d), "forgotten on a change of a kind no fact is read from")
        XCTAssertEqual(Checker.run(CheckContext(dossier: d, asOf: day, cache: cache)), Checker.run(CheckContext(dossier: d, asOf: day)))
        XCTAssertNotNil(kept(d))
        cache.reset()
        XCTAssertNil(kept(d), "forgotten on reload")
    }

    func testOtherKindsLeaveItAlone() {
        let cache = CheckCache()
        let before = facts(cache, dossier)
        XCTAssertTrue(cache.update(with: [Change(kind: "parties", id: "PA-1", before: nil,
                                                 after: Record(fields: ["id": .string("PA-1"), "name": .string("G"), "type": .string("municipality")]))]))
        XCTAssertEqual(facts(cache, dossier), before)
    }

    func testARemovalOrAChangedSourceEmptiesIt() throws {
        let cache = CheckCache()
        _ = facts(cache, dossier)
        let i1 = dossier.record("I-1")!.record
        XCTAssertFalse(cache.update(with: [Change(kind: "incidents", id: "I-1", before: i1, after: nil, position: 0)]))
        let d = try amended([Change(kind: "incidents", id: "I-1", before: i1, after: nil, position: 0)])
        XCTAssertEqual(facts(cache, d), facts(CheckCache(), d), "read again")
        _ = facts(cache, dossier)
        var moved = i1
        moved["source"] = .string("fire")
        XCTAssertFalse(cache.update(with: [Change(kind: "incidents", id: "I-1", before: i1, after: moved)]))
    }
}

extension IncidentFactCacheTests {
    var added: Change {
        Change(kind: "incidents", id: "I-4", before: nil,
               after: Record(fields: ["id": .string("I-4"), "source": .string("fire"), "category": .string("Brand"), "date": .string("2024-03-03")]))
    }

    /// The shell may take an amendment before the warm-up ends (`add incident` typed at once):
    /// the warm-up applies it to its reading instead of throwing the reading away.
    func testAWarmUpTakesInTheAmendmentsMadeMeanwhile() throws {
        let cache = CheckCache()
        let warmUp = try XCTUnwrap(cache.beginWarm())
        XCTAssertNil(cache.beginWarm(), "one warm-up at a time")
        cache.update(with: [added])             // an amendment comes before the warm-up has run
        cache.warm(dossier, warmUp)             // reads the state before it, then applies it
        let d = try amended([added])
        XCTAssertNil(cache.beginWarm(), "the facts are known: nothing to warm")
        XCTAssertEqual(facts(cache, d), facts(CheckCache(), d))
        XCTAssertEqual(facts(cache, d)["fire"], ["I-4 1 - - 2024-03-03..2024-03-03"], "the new incident is seen")
    }

    /// A removal made meanwhile cannot be applied: the reading is thrown away, read again later.
    func testAWarmUpOverTakenByARemovalIsThrownAway() throws {
        let cache = CheckCache()
        let warmUp = try XCTUnwrap(cache.beginWarm())
        let i1 = dossier.record("I-1")!.record
        let removal = Change(kind: "incidents", id: "I-1", before: i1, after: nil, position: 0)
        cache.update(with: [removal])
        cache.warm(dossier, warmUp)
        let d = try amended([removal])
        let again = try XCTUnwrap(cache.beginWarm(), "nothing kept, so a warm-up may run again")
        cache.warm(d, again)
        XCTAssertEqual(facts(cache, d), facts(CheckCache(), d))
    }

    /// A reload during a warm-up: the reading is of a dossier that is gone.
    func testAWarmUpOfAReloadedDossierIsThrownAway() throws {
        let cache = CheckCache()
        let warmUp = try XCTUnwrap(cache.beginWarm())
        cache.reset()
        let other = try amended([added])
        cache.warm(dossier, warmUp)
        XCTAssertEqual(facts(cache, other), facts(CheckCache(), other), "the reloaded dossier's facts, not the old ones")
    }

    func testAWarmUpIsWhatACheckWouldRead() throws {
        let cache = CheckCache()
        cache.warm(dossier, try XCTUnwrap(cache.beginWarm()))
        XCTAssertEqual(facts(cache, dossier), facts(CheckCache(), dossier))
    }

    /// A check that needs the facts while the warm-up reads waits for it, and gets its reading.
    func testACheckWaitsForTheWarmUp() throws {
        final class Seen: @unchecked Sendable { var ids: [String: [String]] = [:] }
        let cache = CheckCache(), seen = Seen(), dossier = self.dossier
        let warmUp = try XCTUnwrap(cache.beginWarm())
        let done = expectation(description: "the check has its facts")
        Thread.detachNewThread {
            let context = CheckContext(dossier: dossier, asOf: Day("2025-01-01")!, cache: cache)
            seen.ids = cache.incidentsBySource(context).mapValues { $0.map(\.record.id) }
            done.fulfill()
        }
        Thread.sleep(forTimeInterval: 0.05)
        cache.warm(dossier, warmUp)
        wait(for: [done], timeout: 10)
        XCTAssertEqual(seen.ids, ["police": ["I-1", "I-3"], "municipality": ["I-2"]])
    }

    /// `check --trail` reads the facts through the typed records, so that the trail sees them; both
    /// readings give the same facts.
    func testBothReadingsAgree() {
        XCTAssertEqual(facts(CheckCache(readsFieldByField: true), dossier), facts(CheckCache(), dossier))
    }
}
