"""Clause battery 5, requirements restated (blind requirement battery, English, 2026-11-26, session 4).

Written blind by counsel from /work/shared/TOPICS.md and the list of requirements per topic
alone: each clause below meets EVERY requirement of its topic and the PME-friendly position,
but states each requirement in words other than the usual ones (periphrases, synonyms, the
passive voice, "A | B | C" tables joined by newlines, figures instead of words, defined
terms, the requirement stated as the client's right or the vendor's obligation, a
requirement split across two sentences), in the English of Algerian, Tunisian, Lebanese,
French or British counsel. A PME's counsel would sign each of them without comment on its
topic, so the tool must raise nothing at medium or above on it (`helpers_battery.alarms`)."""

import pytest
from helpers_battery import alarms, case_ids

GOOD_EN = [
    # ------------------------------------------------------------------ price
    (
        "price",
        "Fees",
        "Fee item | Amount (DZD, excl. VAT) | Invoiced\n"
        "Scoping workshop and audit of the data | 450,000 | once the audit report is delivered\n"
        "Proof of concept | 1,200,000 | once the POC is accepted in writing by the Client\n"
        "Integration (only should the Client elect to deploy) | 2,000,000 | once the integration is accepted\n"
        "\n\n"
        "In addition, a usage fee of DZD 900 is charged for each prospect who has confirmed "
        "by telephone an interest in the Client's products and matches the target profile "
        "set out in Annex 2.\n\n"
        "Settlement is staged: an advance of 30% falls due when the purchase order is signed, "
        "and the remaining 70% only once the Client has countersigned the acceptance report.\n\n"
        "Each invoice shall be settled within 30 days of the date on which the Client receives it.\n\n"
        "Under no circumstances shall the usage fees invoiced exceed DZD 300,000 in any calendar "
        "month or DZD 3,000,000 over the first twelve months.",
    ),
    (
        "price",
        "Financial terms",
        "The remuneration of the Provider comprises (i) a lump sum for each phase, namely "
        "DZD 400,000 for the scoping and data audit phase, DZD 1,100,000 for the proof of "
        "concept and, should the project proceed, DZD 1,800,000 for the integration; and (ii) "
        "a monthly amount of DZD 2,500 for each user account that has logged in at least once "
        "during the month concerned.\n\n"
        "Twenty-five per cent of the amounts under (i) are paid upon issuance of the purchase "
        "order; the balance is paid upon the Client's signature of the acceptance certificate "
        "for the phase concerned.\n\n"
        "The Client shall have thirty calendar days from receipt of an invoice to pay it.\n\n"
        "The aggregate of the amounts referred to in (ii) is capped at DZD 250,000 per month "
        "and at DZD 2,400,000 for the first year of operation.",
    ),
    (
        "price",
        "Consideration",
        "The consideration consists of two components.\n\n"
        "One-off component: DZD 380,000 for the scoping workshop and the data audit, "
        "DZD 950,000 for the POC, and DZD 1,500,000 for integration, the latter being due "
        "only if the Client decides to deploy.\n\n"
        "Performance-based component: DZD 1,200 for each order that is placed through the "
        "conversational assistant, delivered and not returned.\n\n"
        "The one-off component is paid in two instalments: 20% as a down payment when the "
        "order is signed and 80% on final acceptance. The Client pays each invoice no later "
        "than 30 days after it is received. The performance-based component shall not give "
        "rise to invoices totalling more than DZD 200,000 for a given month, nor more than "
        "DZD 2,000,000 in the first 12 months.",
    ),
    # ------------------------------------------------------------------- data
    (
        "data",
        "Data and assumptions",
        "The proof of concept will draw on the following information systems of the Client: "
        "its customer relationship management tool (Salesforce), its enterprise resource "
        "planning system (Sage X3), the order history of its online shop and the exchanges "
        "held on its WhatsApp Business account.\n\n"
        "The Client will make available the records of the last 18 months, that is to say "
        "approximately 120,000 customer records and 40,000 orders.\n\n"
        "In the course of the audit, the Provider shall assess the condition of these records "
        "(duplicate entries, incomplete fields, inconsistent formats) and shall deliver a "
        "written report on their quality.\n\n"
        "Extraction and anonymisation are the responsibility of the Client's IT department; "
        "cleansing is the responsibility of the Provider.",
    ),
    (
        "data",
        "Data",
        "Source | Volume and period covered | Prepared by\n"
        "CRM (customer file) | about 35,000 contacts over 24 months | extracted by the Client, cleansed by the Provider\n"
        "ERP (sales lines) | about 90,000 invoice lines over 24 months | extracted and pseudonymised by the Client\n"
        "Call centre recordings | 2,000 calls from the last 6 months | transcribed and anonymised by the Provider\n"
        "\n\n"
        "Before the POC begins, the Provider checks the completeness and consistency of these "
        "datasets, in particular redundant records, blank fields and heterogeneous date and "
        "telephone formats, and notifies its findings to the Client in writing.",
    ),
    (
        "data",
        "Data made available",
        "BETA Distribution shall give ALPHA AI access to three sources: the e-mail inbox of "
        "its customer service, the back office of its e-commerce website and its CRM. One "
        "year of history will be supplied, estimated at 50,000 messages and 15,000 orders.\n\n"
        "ALPHA AI undertakes to measure, during the audit, the rate of duplicates, the rate "
        "of missing values and the conformity of formats, and to record its measurements in "
        "a written audit note. The extraction of the data is carried out by BETA "
        "Distribution; its cleaning and the masking of personal identifiers are carried out "
        "by ALPHA AI.",
    ),
    # ------------------------------------------------------- success_criteria
    (
        "success_criteria",
        "Success criteria",
        "The project will be regarded as successful if, at the end of the POC, the acquisition "
        "cost of each lead has fallen by at least 15% and the proportion of leads that turn "
        "into orders has risen by at least 10%.\n\n"
        "Each of these figures is compared with its level over the three months preceding "
        "signature of this Letter. That starting level is measured jointly by the Parties "
        "during the data audit and is recorded in the minutes of the scoping workshop.",
    ),
    (
        "success_criteria",
        "KPIs",
        "Indicator | Reference value | Target\n"
        "Average handling time of a customer query | value measured over the 4 weeks before the POC | -20%\n"
        "Share of queries resolved without human intervention | value measured over the 4 weeks before the POC | at least 60%\n"
        "Customer satisfaction score (CSAT, out of 5) | value measured over the 4 weeks before the POC | +0.5 point\n"
        "\n\n"
        "The reference values are established jointly by the Parties before the POC starts and "
        "are appended to the minutes of the scoping workshop.",
    ),
    (
        "success_criteria",
        "Measurement of results",
        "The Provider commits to the following measurable targets: a reduction of 12 per cent "
        "in the cost per order generated online and an increase of 8 per cent in the average "
        "basket of repeat customers.\n\n"
        "Progress is assessed against the pre-project situation, which the Parties shall record "
        "together, on the basis of the Client's figures for the last quarter, before any model "
        "is put into service.",
    ),
    # --------------------------------------------------------------- timeline
    (
        "timeline",
        "Timetable",
        "Week 1 (by 15 January 2027 at the latest): kick-off and scoping workshop.\n"
        "Weeks 2 and 3: audit of the data.\n"
        "Weeks 4 to 9: proof of concept.\n"
        "Weeks 11 to 16, if so decided: deployment; weeks 17 and 18: training and hand-over.\n\n"
        "The steering committee shall decide whether or not to proceed to deployment on "
        "12 March 2027 at the latest. That date may not be deferred on account of any delay "
        "attributable to the Provider, save with the Client's written agreement.",
    ),
    (
        "timeline",
        "Schedule",
        "Step | Date or duration\n"
        "Scoping workshop | 2 February 2027\n"
        "Data audit | 10 business days after the workshop\n"
        "POC | 6 weeks from the close of the audit\n"
        "Decision to continue or to stop the project | 31 March 2027 at the latest\n"
        "Deployment and training | 8 weeks after a decision to continue\n"
        "\n\n"
        "The Client alone may agree, in writing, to postpone the decision date.",
    ),
    (
        "timeline",
        "Planning",
        "The project is carried out in successive phases: scoping (one week, starting on "
        "1 March 2027), data audit (two weeks), proof of concept (six weeks), then, where "
        "applicable, deployment (five weeks) and transfer of skills (two weeks).\n\n"
        "The Parties will meet on 30 April 2027 at the latest to decide whether the project "
        "goes ahead or is abandoned; a delay of the Provider cannot push back this meeting "
        "unless the Client consents to it in writing.",
    ),
    # ------------------------------------------------------------ exclusivity
    (
        "exclusivity",
        "Exclusivity",
        "For a period of forty-five (45) days starting on the date of signature, the Client "
        "shall not negotiate with any other provider in respect of the project.\n\n"
        "The Provider enjoys this undertaking only for so long as it (a) holds the scoping "
        "workshop on the date agreed, (b) delivers the POC within the timetable and (c) staffs "
        "the project with the team named in Annex 1.\n\n"
        "Should any of these conditions fail, should any step of the timetable slip by more "
        "than 10 business days through the Provider's doing, or should the POC prove "
        "inconclusive, the Client shall be released from this undertaking as of right, "
        "without owing any compensation.",
    ),
    (
        "exclusivity",
        "Exclusive negotiation",
        "BETA Distribution grants ALPHA AI an exclusive right to negotiate for a term of "
        "30 days from the signature of this Letter, after which the right expires without "
        "further formality.\n\n"
        "This right is granted in consideration of ALPHA AI's undertakings to give access to "
        "its platform from the first week, to meet the timetable and to assign two named "
        "consultants to the project. It lapses, and BETA Distribution recovers its full "
        "freedom without compensation, where ALPHA AI fails to perform any of these "
        "undertakings or where the go/no-go decision is negative.",
    ),
    (
        "exclusivity",
        "Exclusive dealing",
        "During sixty days following signature, the Client will not conclude with a third "
        "party any agreement having the same object. This commitment is subject to the "
        "Provider delivering the agreed deliverables, respecting the schedule and maintaining "
        "the announced resources throughout the period.\n\n"
        "The Client may withdraw from it at any time by written notice, with no indemnity "
        "due, if the Provider is in breach of one of those commitments or if the POC does "
        "not meet its acceptance criteria.",
    ),
    # -------------------------------------------------------- confidentiality
    (
        "confidentiality",
        "Confidentiality",
        "The Provider and the Client each undertake towards the other to keep secret any "
        "information received from the other party in connection with the project, including "
        "the data made available during the data audit and the POC.\n\n"
        "This undertaking is reciprocal. It remains in force for three (3) years after the "
        "expiry or termination of this Letter, whatever the cause.",
    ),
    (
        "confidentiality",
        "Non-disclosure",
        "Neither Party shall disclose to any third party, nor use for any purpose other than "
        "the project, the information it obtains from the other Party, in whatever form, "
        "and in particular the Client's data consulted or copied during the audit.\n\n"
        "The obligations in this article bind both Parties equally and shall survive the end "
        "of this Letter for a period of five years.",
    ),
    (
        "confidentiality",
        "Confidential information",
        "ALPHA AI and BETA Distribution shall each treat as confidential the information "
        "communicated to it by the other, be it commercial, technical or relating to "
        "customers, and including the datasets examined during the audit. The same duty of "
        "discretion applies to both of them, and continues for 24 months after this Letter "
        "ceases to have effect.",
    ),
    # --------------------------------------------------------------------- ip
    (
        "ip",
        "Intellectual property",
        "All data of the Client, the datasets derived from it, the prompts written for the "
        "project, the parameters of any model trained or fine-tuned on the Client's data and "
        "all outputs generated for the Client belong exclusively to the Client.\n\n"
        "The Provider retains its pre-existing tools and libraries, which it licenses to the "
        "Client on a non-exclusive basis for as long as the Client uses the solution.",
    ),
    (
        "ip",
        "Ownership",
        "BETA Distribution is and remains the sole proprietor of its customer and sales data, "
        "of the training and test sets built from it, of the prompts, of the models "
        "specifically adapted for it and of the content produced on its behalf. Nothing in "
        "this Letter assigns to ALPHA AI any right therein beyond what is strictly needed to "
        "perform the POC.\n\n"
        "ALPHA AI keeps the ownership of its platform and of its pre-existing components, for "
        "which it grants BETA Distribution a licence of use.",
    ),
    (
        "ip",
        "Rights in data and results",
        "The results of the project, namely the configured prompts, the weights of the "
        "fine-tuned models, the annotated datasets and the generated texts, are the property "
        "of the Client as soon as they are created, as is the data it supplies. The Provider "
        "shall claim no right of ownership over them. Software that the Provider owned before "
        "the project remains its property and is made available to the Client under licence.",
    ),
    # ------------------------------------------------------------- governance
    (
        "governance",
        "Governance",
        "The Client designates Ms Amina Belkacem, Head of Sales, as project sponsor; she signs "
        "off each deliverable and makes the go/no-go decision.\n\n"
        "The Provider designates a project lead, whose replacement requires the Client's "
        "prior written consent. A steering committee meets weekly during the POC and monthly "
        "thereafter; any disagreement is referred to the general managers of both Parties.",
    ),
    (
        "governance",
        "Project organisation",
        "Mr Karim Haddad, Chief Commercial Officer, acts for the Client with authority to "
        "accept or reject the deliverables and to decide on the continuation of the project. "
        "ALPHA AI assigns Ms Lina Saad as its single point of contact for the whole project; "
        "she may not be withdrawn without the Client's prior agreement.\n\n"
        "Role | Person | Frequency\n"
        "Steering committee | Mr Haddad and Ms Saad | every week during the POC, every month afterwards\n"
        "Arbitration | the two general managers | within 5 business days of a referral",
    ),
    # -------------------------------------------------------------------- poc
    (
        "poc",
        "Proof of concept (POC)",
        "Objective: to show that a conversational assistant can answer the questions of "
        "BETA Distribution's retail customers on WhatsApp Business.\n\n"
        "The POC lasts six (6) weeks from the day on which the Client's data is made "
        "available. It uses the CRM extract and the WhatsApp Business exchanges of the last "
        "12 months.\n\n"
        "It is deemed passed only if at least 85% of the answers are correct on a sample of "
        "200 conversations chosen by the Client and if fewer than 5% of the conversations are "
        "handed over to an agent. At its end the sponsor takes the go/no-go decision. The POC "
        "is a demonstrator and not the final product.",
    ),
    (
        "poc",
        "Pilot phase",
        "The pilot runs for 42 calendar days. Its purpose is to test the scoring of incoming "
        "leads on the data of the Client's CRM for 2025 and 2026.\n\n"
        "Acceptance criterion | Threshold\n"
        "Precision of the scoring on a test set of 1,000 leads | 80% or more\n"
        "Response time of the scoring service | under 2 seconds for 95% of requests\n"
        "\n\n"
        "If both thresholds are reached, the Client decides whether to move to deployment; "
        "the pilot itself is not the product to be deployed.",
    ),
    (
        "poc",
        "POC",
        "The proof of concept shall be carried out over a period of five weeks, on the sales "
        "history of the Client's online shop. It shall be considered conclusive when the "
        "forecasts produced differ from actual sales by less than 10% on average over the "
        "last two weeks of the period, as checked by the Client. A go/no-go decision follows. "
        "The Parties acknowledge that the POC is a prototype, distinct from the solution that "
        "may later be deployed.",
    ),
    # -------------------------------------------------------- internal_effort
    (
        "internal_effort",
        "Internal workload",
        "Task | Carried by | Person-days\n"
        "Extraction and cleansing of data | Client IT department | 6\n"
        "Validation of the answers and content | Client sales team | 5\n"
        "Adaptation of processes | Client customer service manager | 4\n"
        "Total for the POC | | 15",
    ),
    (
        "internal_effort",
        "Client resources",
        "The contribution expected from the Client's staff during the POC is estimated at "
        "twelve (12) man-days in total. Of these, seven (7) are to be provided by the IT "
        "department for the extraction of the data and five (5) by the marketing team for the "
        "review of the generated content.",
    ),
    (
        "internal_effort",
        "Client involvement",
        "BETA Distribution will assign one data analyst for three days a week over the six "
        "weeks of the POC, i.e. 18 days of work, to prepare and check the data, and its "
        "customer service manager for a further 4 days to adapt the processes and train the "
        "agents; that is 22 person-days in all.",
    ),
    # ------------------------------------------------------------ termination
    (
        "termination",
        "Termination and reversibility",
        "Either Party may bring this Letter to an end at any time by written notice, subject "
        "to fifteen days' notice, without any compensation being due; only the services "
        "already performed and accepted are payable.\n\n"
        "Upon expiry or termination, whatever the cause, the Provider shall hand back to the "
        "Client, within 15 business days, all Client data, datasets, prompts and models "
        "specific to the Client, in open and documented formats (CSV, JSON, ONNX), then "
        "delete its copies and certify their deletion.",
    ),
    (
        "termination",
        "Exit",
        "The Client is entitled to withdraw from this Letter by registered letter, with "
        "effect ten (10) days after its dispatch, without having to give reasons and without "
        "paying any indemnity other than the price of accepted deliverables.\n\n"
        "In that event, or at the end of the project, the Provider undertakes to return to "
        "the Client everything the Client has entrusted to it or that has been built for it "
        "(data, training sets, prompts, adapted models) in non-proprietary formats with their "
        "documentation, within three weeks, so that no dependence on the Provider remains.",
    ),
    (
        "termination",
        "End of the Letter and restitution",
        "BETA Distribution may put an end to this Letter at any moment, on two weeks' written "
        "notice, with no compensation owed to ALPHA AI beyond the accepted work. ALPHA AI "
        "shall, within 10 business days of the end of this Letter for whatever reason, "
        "restore to BETA Distribution its data, its datasets, its prompts and the models "
        "trained for it, in open and documented formats, and shall keep no copy of them.",
    ),
    # -------------------------------------------------------- data_protection
    (
        "data_protection",
        "Personal data",
        "The processing of personal data under this Letter shall comply with Law No. 18-07 "
        "of 10 June 2018 relating to the protection of natural persons in the processing of "
        "personal data.\n\n"
        "All Client data is stored on servers located in Algeria, save with the Client's "
        "prior written consent. The Provider implements encryption, restricts access to its "
        "named staff, keeps access logs and assists the Client in answering requests from "
        "data subjects exercising their rights of access and rectification.",
    ),
    (
        "data_protection",
        "Data protection and security",
        "ALPHA AI shall process the personal data of BETA Distribution's customers in "
        "accordance with the Algerian legislation on the protection of personal data, in "
        "particular Law 18-07, and the decisions of the national authority (ANPDP).\n\n"
        "The data centre used for the project shall be situated on Algerian territory; no "
        "data may be transferred abroad without the Client's written authorisation. Access "
        "to the data is limited to the staff listed in Annex 3.",
    ),
    (
        "data_protection",
        "Protection of personal information",
        "Each Party undertakes to respect the provisions of law n° 18-07 dated 10 June 2018. "
        "The Client's data shall be hosted in Oran, Algeria, at the Provider's data centre, "
        "and may not be moved out of the country unless the Client agrees in writing; it is "
        "encrypted at rest and in transit, and the Client may at any time audit who has "
        "accessed it.",
    ),
    # --------------------------------------------------------- binding_effect
    (
        "binding_effect",
        "Legal effect",
        "This Letter records the Parties' intention to negotiate in good faith. Neither Party "
        "is under any obligation to conclude the definitive contract, and this Letter is "
        "neither an offer nor a contract.\n\n"
        "By way of exception, Articles 8 (Confidentiality), 9 (Exclusivity) and "
        "12 (Governing law) bind the Parties; all other articles are indicative.",
    ),
    (
        "binding_effect",
        "Nature of this Letter",
        "The signature of this Letter does not commit either Party to execute a final "
        "agreement, which each of them remains free to decline.\n\n"
        "The provisions relating to confidentiality, exclusivity and the applicable law "
        "alone have binding force. The remaining provisions are mere statements of intent "
        "and create no obligation.",
    ),
    (
        "binding_effect",
        "Scope of the commitments",
        "Provision | Legally binding\n"
        "Confidentiality | yes\n"
        "Exclusivity | yes\n"
        "Governing law and disputes | yes\n"
        "All other provisions | no\n"
        "\n\n"
        "Nothing in this Letter obliges the Client or the Provider to enter into the "
        "definitive agreement.",
    ),
    # ---------------------------------------------------------- governing_law
    (
        "governing_law",
        "Governing law and disputes",
        "This Letter shall be governed by and construed in accordance with the laws of the "
        "People's Democratic Republic of Algeria.\n\n"
        "The Parties shall first seek an amicable settlement for thirty (30) days; failing "
        "that, any dispute shall be submitted to the competent court of Algiers.",
    ),
    (
        "governing_law",
        "Applicable law",
        "Algerian law applies to this Letter and to anything arising out of it. Any "
        "disagreement shall be referred to mediation; if it is not resolved within one month, "
        "it shall be settled by the Commercial Court of Oran, which the Parties designate as "
        "the competent jurisdiction.",
    ),
    # --------------------------------------------------------------- validity
    (
        "validity",
        "Validity",
        "This Letter remains in effect for 90 days from the date of its signature and lapses, "
        "without any formality or indemnity, if the definitive agreement has not been signed "
        "by then.",
    ),
    (
        "validity",
        "Term",
        "This Letter takes effect on signature by both Parties. It expires on the sixtieth "
        "day thereafter unless the Parties have in the meantime executed the definitive "
        "contract.",
    ),
    (
        "validity",
        "Duration",
        "The present Letter is valid for a period of three (3) months as from its signature. "
        "Upon expiry of that period without the conclusion of a final contract, it ceases to "
        "have any effect, save for the confidentiality undertaking.",
    ),
]

# First measure, blind, engine of 5233374 (session 4): 11 of these clauses raised an alarm
# (price-1, price-2, price-3, timeline-3, confidentiality-3, ip-2, poc-2, termination-3,
# binding_effect-1, binding_effect-2, validity-2); the fixes widened the requirements'
# wordings (each checked against the trap batteries and the letters' golds), none is left.


@pytest.mark.parametrize("topic, title, text", GOOD_EN, ids=case_ids(GOOD_EN, 0))
def test_req_en(topic, title, text):
    assert alarms(title, text, topic, "en") == []
