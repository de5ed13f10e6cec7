import XCTest
@testable import KVOModel

/// Records read alike share one shape (FieldNames), and an amendment never changes another
/// record's fields through it (issue 15: records hold only their values).
final class FieldNamesTests: XCTestCase {
    private let text = """
    {"format": "kvo-dossier/2", "incidents": [
      {"id": "I-1", "source": "police", "date": "2024-01-02", "category": "Inbraak"},
      {"id": "I-2", "source": "fire", "date": "2024-01-03", "category": "Brand"},
      {"category": "Overlast", "id": "I-3", "date": "2024-01-04", "source": "police"},
      {"id": "I-4", "source": "police", "date": "2024-01-05", "category": "Inbraak", "count": 2}
    ]}
    """

    func testRecordsReadAlikeShareAShapeAndAmendmentsStayTheirOwn() throws {
        guard case .object(let members) = try JSONParser.parseDocument(Array(text.utf8)),
              case .list(let items)? = members.first(where: { $0.key == "incidents" })?.member else { return XCTFail("no incidents") }
        let records = items.compactMap { item -> Record? in if case .record(let r) = item { return r }; return nil }
        XCTAssertEqual(records.count, 4)
        XCTAssertTrue(records[0].shape === records[1].shape)
        XCTAssertTrue(records[0].shape === records[2].shape, "the same names in another order are the same shape")
        XCTAssertFalse(records[0].shape === records[3].shape)
        XCTAssertEqual(records[2].fieldNames, ["category", "date", "id", "source"])

        var changed = records[1]
        changed["count"] = .number(3)
        changed["date"] = nil
        XCTAssertEqual(changed.fieldNames, ["category", "count", "id", "source"])
        XCTAssertEqual(records[0].fieldNames, ["category", "date", "id", "source"], "the shared shape is untouched")
        XCTAssertEqual(records[1]["date"], .string("2024-01-03"))

        var same = records[3]
        same["count"] = nil
        XCTAssertFalse(same.shape === records[0].shape)
        XCTAssertNotEqual(same, records[0])
        same["id"] = .string("I-1")
        same["date"] = .string("2024-01-02")
        XCTAssertEqual(same, records[0], "records are equal by names and values, whatever their shapes")
    }

    /// A field is found by a String with the same bits (the fast look-up) and by any other String
    /// with the same text: a long name built anew, a decomposed é for a composed one.
    func testAFieldIsFoundByItsTextWhateverTheStringsBits() {
        let long = "aVeryLongFieldNameIndeed"
        var record = Record(fields: [long: .number(1), "caf\u{e9}": .number(2), "id": .string("M-1")])
        let built = String(["aVery", "LongField", "NameIndeed"].joined())
        XCTAssertEqual(record[built], .number(1))
        XCTAssertEqual(record["cafe\u{301}"], .number(2), "canonically equal names are one name, as before")
        XCTAssertEqual(record[String("i") + "d"], .string("M-1"))
        XCTAssertNil(record["absent"])
        record[built] = .number(3)
        XCTAssertEqual(record[long], .number(3))
        XCTAssertEqual(record.fieldNames.count, 3)
    }
}
