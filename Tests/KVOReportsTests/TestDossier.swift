import KVOModel
import KVOChecks
import KVOReports

/// A small dossier to build reports from: one park (or a cluster), members with phone numbers
/// and e-mail addresses, and contact data typed into free text.
enum TestDossier {
    static func load(_ json: String) -> Dossier {
        do {
            return try Dossier.load(Array(json.utf8))
        } catch {
            fatalError("test dossier does not load: \(error.message) at \(error.line ?? 0):\(error.column ?? 0)")
        }
    }

    static let parkJSON = """
        {"format": "kvo-dossier/2", "name": "KVO Test",
         "organisation": {"name": "KVO-werkgroep Teststraat", "address": "Teststraat 1", "postcode": "1234 AB", "place": "Testdorp",
                          "certification": "first"},
         "parks": [{"id": "P-1", "name": "De Test", "formalName": "Bedrijventerrein De Test", "municipality": "Gemeente Testdorp",
                    "entrepreneurs": 52, "surveyResponses": 18}],
         "parties": [{"id": "PA-1", "name": "Ondernemersvereniging De Test", "type": "association"},
                     {"id": "PA-2", "name": "Gemeente Testdorp", "type": "municipality"}],
         "members": [{"id": "MB-1", "name": "Jan Jansen", "party": "PA-1", "phone": "06-11112222", "email": "jan@jansen.example.nl", "roles": ["chair"]},
                     {"id": "MB-2", "name": "Els Smit", "party": "PA-2", "email": "e.smit@testdorp.example.nl"}],
         "results": [{"id": "SR-1", "park": "P-1", "subject": 5, "question": "Inbraak gehad?", "answer": "nee", "count": 12, "problem": false},
                     {"id": "SR-2", "park": "P-1", "subject": 5, "question": "Inbraak gehad?", "answer": "ja", "count": 6, "problem": true}],
         "answers": [{"id": "OA-1", "park": "P-1", "subject": 16, "text": "Bel me gerust op 06-99998888 of mail piet@bedrijf.example.nl, of +31 20 123 4567."},
                     {"id": "OA-2", "park": "P-1", "subject": 16, "text": "Geen opmerkingen."}],
         "incidents": [{"id": "I-1", "source": "police", "category": "Inbraak bedrijfspand", "date": "2024-03-01", "area": "bedrijventerrein"},
                       {"id": "I-2", "source": "police", "category": "Inbraak bedrijfspand", "from": "2024-01-01", "to": "2024-12-31", "count": 4, "area": "overig"}],
         "inspections": [{"id": "IN-1", "date": "2024-10-08", "time": "day", "attendees": ["MB-1", "MB-2"], "allMembers": true}],
         "findings": [{"id": "F-1", "inspection": "IN-1", "photo": 1, "location": "Teststraat 4", "kind": "negative", "theme": "T04",
                       "description": "Afval; eigenaar bereikbaar via 040-1234567", "action": "Opruimen", "who": "PA-2", "due": "2025-03-31"}],
         "goals": [{"id": "G-1", "theme": "T02", "description": "Minder inbraken", "norm": "aantal", "deadline": "2027-12-31", "accepted": true, "realistic": true}],
         "measures": [{"id": "M-1", "title": "Surveillance, vragen aan kees@wachtpost.example.nl", "goal": "G-1", "party": "PA-1", "quarters": ["2025Q2"], "status": "done", "done": "2025-06-01"}],
         "plan": {"adopted": "2025-03-04"},
         "meetings": [{"id": "MT-1", "date": "2025-01-10", "minutes": "Afgesproken: Jan (06-11112222) belt de gemeente."}],
         "documents": [{"id": "D-1", "name": "Samenwerkingsovereenkomst De Test", "type": "agreements", "version": "1.0", "date": "2024-06-01"}]
        }
        """

    static let clusterJSON = """
        {"format": "kvo-dossier/2", "name": "KVO-cluster Test",
         "organisation": {"name": "KVO-cluster Testzone", "address": "Havenweg 2", "postcode": "7741 AB", "place": "Testhaven"},
         "parks": [{"id": "P-1", "name": "Noord", "formalName": "Bedrijventerrein Testzone-Noord"},
                   {"id": "P-2", "name": "Haven", "formalName": "Bedrijventerrein Havenkwartier"},
                   {"id": "P-3", "name": "Sluis", "formalName": "Bedrijventerrein Sluisweide"}]
        }
        """

    static var park: Dossier { load(parkJSON) }
    static var cluster: Dossier { load(clusterJSON) }

    static func context(_ d: Dossier, personal: Bool = false, language: Language = .nl) -> ReportContext {
        ReportContext(dossier: d, asOf: Day("2026-01-01")!, language: language, includesPersonalData: personal)
    }
}
