import XCTest
@testable import KVOModel

final class JSONTests: XCTestCase {
    func testParsesEverything() throws {
        let v = try JSONParser.parse(#"{"a": [1, -2.5, 3e2, true, false, null], "s": "é\n\u00e9\ud83d\ude00", "o": {}}"#)
        XCTAssertEqual(v["a"], .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]))
        XCTAssertEqual(v["s"], .string("é\né😀"))
        XCTAssertEqual(v["o"], .object([:]))
    }

    func testErrorsCarryLineAndColumn() {
        func failure(_ text: String) -> JSONError? {
            do { _ = try JSONParser.parse(text); return nil } catch { return error }
        }
        XCTAssertEqual(failure("{\n  \"a\": 1,\n}")?.message.en, "a comma before '}' is not allowed in JSON")
        XCTAssertEqual(failure("{\n  \"a\": 1,\n}").map { [$0.line, $0.column] }, [3, 1])
        XCTAssertEqual(failure("{\"naam\": 'x'}").map { [$0.line, $0.column] }, [1, 10])
        XCTAssertEqual(failure("{\"é\": tru}").map { [$0.line, $0.column] }, [1, 7])
        XCTAssertEqual(failure("[1, 2")?.message.en, "the list opened at 1:1 is not closed")
        XCTAssertEqual(failure("{\"a\": 1, \"a\": 2}")?.message.en, "the field \"a\" appears twice in this object")
        XCTAssertEqual(failure("07")?.message.en, "a number may not start with 0 (write 7, not 07)")
        XCTAssertEqual(failure("{} x")?.message.en, "unexpected text after the end of the document")
        XCTAssertEqual(failure("\"abc")?.message.en, "the string is not closed")
        XCTAssertEqual(failure(String(repeating: "[", count: 300))?.message.en, "nested deeper than 200 levels")
    }

    func testErrorsInDutch() {
        func failure(_ text: String) -> JSONError? {
            do { _ = try JSONParser.parse(text); return nil } catch { return error }
        }
        XCTAssertEqual(failure("[1, 2")?.message.nl, "de lijst die op 1:1 begint, wordt niet gesloten")
        XCTAssertEqual(failure("{\"a\": 1, \"a\": 2}")?.message.nl, "het veld \"a\" staat twee keer in dit object")
        XCTAssertEqual(failure("[1, }")?.message.en, "expected a value, found '}' (a comma too many?)")
        XCTAssertEqual(failure("[1, }")?.message.nl, "een waarde verwacht, maar '}' gevonden (een komma te veel?)")
        XCTAssertEqual(failure("{\"a\" 1}")?.message.nl, "':' verwacht na de veldnaam \"a\"")
    }

    func testWriterSortsAndIndents() throws {
        let v = JSONValue.object(["b": .array([.number(1), .string("x\"y")]), "a": .object([:]), "c": .number(2.5)])
        XCTAssertEqual(JSONWriter.string(v), "{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"x\\\"y\"\n  ],\n  \"c\": 2.5\n}\n")
        XCTAssertEqual(try JSONWriter.compact(v), #"{"a":{},"b":[1,"x\"y"],"c":2.5}"#)
    }

    func testRoundTrip() throws {
        let text = "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": \"ë\\n\"\n}\n"
        XCTAssertEqual(JSONWriter.string(try JSONParser.parse(text)), text)
    }

    func testLocator() {
        let text = "{\n  \"parks\": [\n    {\"id\": \"P-1\"},\n    {\"id\": \"P-2\", \"entrepreneurs\": \"veel\"}\n  ]\n}"
        let at = JSONLocator.locate(JSONPath([.key("parks"), .index(1), .key("entrepreneurs")]), in: Array(text.utf8))
        XCTAssertEqual(at?.line, 4)
        XCTAssertEqual(at?.column, 36)
    }
}
