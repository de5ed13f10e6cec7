import XCTest
@testable import KVOModel

/// `JSONParser.parseDocument` reuses the previous record's names and string values by position
/// when the bytes match, and trusts their order; these sequences make that reuse go wrong if it can.
final class JSONDocumentTests: XCTestCase {
    /// The records of the document's `r` list, as dictionaries.
    private func records(_ text: String) throws -> [[String: JSONValue]] {
        guard case .object(let members) = try JSONParser.parseDocument(Array(text.utf8)),
              case .list(let items)? = members.first(where: { $0.key == "r" })?.member else { return [] }
        return items.map { item in
            if case .record(let record) = item { return record.fields }
            return [:]
        }
    }

    /// What the plain parser (a dictionary per object) reads.
    private func expected(_ text: String) throws -> [[String: JSONValue]] {
        try JSONParser.parse(text)["r"]?.arrayValue?.map { $0.objectValue ?? [:] } ?? []
    }

    func testReusedNamesAndValuesReadAsThePlainParserDoes() throws {
        let cases = [
            // Same names, then shifted, then a prefix of a longer name, then out of order.
            #"{"r": [{"a": "x", "b": "yy"}, {"a": "x", "b": "yz"}, {"b": "x", "a": "yy"}, {"ab": "x", "b": "y"}, {"a": "xx", "b": "y"}]}"#,
            // An escaped name and value at a position, then the same bytes unescaped.
            #"{"r": [{"a": "x", "\u0062": "\u0079"}, {"a": "x", "b": "y"}, {"a": "x", "b\n": "y"}, {"a": "x", "b": "y"}]}"#,
            // Order known from one record, a name replaced before it in the next, then both again.
            #"{"r": [{"a": 1, "c": 2, "d": 3}, {"e": 1, "c": 2, "d": 3}, {"a": 1, "c": 2, "d": 3}, {"e": 1, "c": 2, "b": 3}]}"#,
            // Values that are no strings where strings were, and the reverse.
            #"{"r": [{"a": "1"}, {"a": 1}, {"a": "1"}, {"a": ["1"]}, {"a": {"a": "1"}}, {"a": "1"}]}"#,
            // Non-ASCII names and values.
            #"{"r": [{"é": "ü", "z": "ß"}, {"é": "ü", "z": "ß"}, {"é": "u", "z": "ß"}]}"#,
        ]
        for text in cases {
            XCTAssertEqual(try records(text), try expected(text), text)
        }
    }

    func testADuplicateNameAfterReusedNamesIsFound() {
        let text = #"{"r": [{"a": 1, "b": 2}, {"a": 1, "b": 2, "a": 3}]}"#
        do {
            _ = try JSONParser.parseDocument(Array(text.utf8))
            XCTFail("a name given twice was accepted")
        } catch {
            XCTAssertEqual(error.message.en, "the field \"a\" appears twice in this object")
            XCTAssertEqual(error.column, 43)
        }
    }

    func testRecordFieldsAreSorted() throws {
        let text = #"{"r": [{"c": 1, "a": 2, "b": 3}, {"c": 1, "a": 2, "b": 3}]}"#
        guard case .object(let members) = try JSONParser.parseDocument(Array(text.utf8)),
              case .list(let items)? = members.first?.member else { return XCTFail("no list") }
        for case .record(let record) in items { XCTAssertEqual(record.fieldNames, ["a", "b", "c"]) }
    }
}
