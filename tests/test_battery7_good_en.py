"""Clause battery 7, well-drafted clauses only, English (blind precision battery 7,
2026-11-26, session 6).

Written blind by counsel from /work/shared/TOPICS.md and the list of requirements alone:
each clause below MEETS every requirement of its topic and the PME-friendly position, in
the forms long, careful contracts use and a keyword tool finds hardest: one long sentence
carrying two or three requirements with the subject far from its verb, nominal and passive
forms ("shall be borne by", "is the responsibility of"), plural subjects and defined terms,
enumerations (a), (b), (i), (ii) and references to a schedule that carries the figures,
obligations as "shall", "must", "will", figures in Arabic-Indic digits, amounts with
thousands separators, dates written out, risky notions mentioned only to be ruled out
("no tacit renewal", "no exclusivity beyond the 45 days", "without penalty"), defined terms
defined in the clause itself, and headings that are not the usual words. A PME's counsel
would sign each of them without comment on its topic, so the tool must raise nothing at
medium or above on it (`helpers_battery.alarms`).

First measure, engine 4e70fc3, before any change: 12 alarms in 48 clauses (a "Qualified Lead"
meaning / being / is a prospect …, five times; an exclusivity that "shall lapse … should the
Provider be late" and holds "provided always that"; "whichever of them discloses it"; "vested
solely in the Client"; "shall host … on infrastructure situated in Algeria"; "neither of them
shall be bound to sign", "neither a firm offer nor a definitive agreement"). Now none.
"""

import pytest
from helpers_battery import alarms, case_ids

GOOD = [
    # ------------------------------------------------------------------ price
    (
        "price",
        "Commercial terms",
        "The Price, which the Parties agree shall comprise (i) a fixed part and (ii) a "
        "variable part, is made up as follows: (a) the fixed part, being DZD 850,000 for the "
        "scoping workshop and data audit, DZD 2,400,000 for the POC and, if and only if the "
        "solution is deployed, DZD 3,100,000 for integration; (b) the variable part, being "
        'DZD 1,200 per Qualified Lead, a "Qualified Lead" meaning a prospect with a verified '
        "telephone number who has stated a purchase intention recorded in the Client's CRM. "
        "The total amount billed under the variable part shall in no event exceed DZD 400,000 "
        "per month nor DZD 4,000,000 for the first year.\n\n"
        "Payment of the Price, a deposit of thirty per cent (30%) of which shall fall due on "
        "signature of the purchase order and the balance of which shall fall due only on "
        "signature of the acceptance certificate, shall be made within thirty (30) days of "
        "receipt of each invoice.",
    ),
    (
        "price",
        "Financial arrangements",
        "The fixed part of the Price, set out item by item in Schedule 2 (scoping workshop and "
        "data audit: DZD 600,000; POC: DZD 1,800,000; integration, payable only if deployment "
        "is decided: DZD 2,250,000), and the variable part, being DZD 2,500 per Active User per "
        'month, an "Active User" meaning a named employee of the Client who logs in to the '
        "solution at least once in the calendar month concerned, shall be invoiced by the "
        "Provider on the following schedule: (i) a deposit of twenty per cent (20%) on "
        "signature of the purchase order; (ii) the balance on signature of the acceptance "
        "certificate.\n\n"
        "Invoices shall be settled by the Client within ٣٠ days of their receipt. The Parties "
        "agree that the amounts billed under the variable part shall not exceed DZD 300,000 "
        "per month nor DZD 3,000,000 for the first year, no amount above those ceilings being "
        "payable by the Client.",
    ),
    (
        "price",
        "Consideration",
        "The consideration payable by the Client for the services described in this Letter, "
        "namely a fixed part (scoping workshop and data audit: DZD 350,000; POC: DZD 900,000; "
        "integration, if deployed: DZD 1,250,000) and a variable part of DZD 900 per Qualified "
        "Lead or DZD 1,800 per Active User per month, according to the model chosen in the "
        "definitive agreement, shall be paid as to twenty-five per cent (25%) by way of deposit "
        "upon signature of the purchase order and as to the balance upon signature of the "
        "acceptance certificate, each invoice being payable within thirty (30) days of its "
        "receipt, and the sums billed under the variable part being capped at DZD 250,000 per "
        "month and DZD 2,500,000 for the first year.\n\n"
        'For the purposes of this article, a "Qualified Lead" is a contact who has given a '
        'valid telephone number and requested a quotation, and an "Active User" is an '
        "employee of the Client who has used the solution at least once in the month.",
    ),
    (
        "price",
        "Fees and invoicing",
        "No global, lump-sum or all-inclusive package shall be invoiced under this Letter. The "
        "fees are broken down as follows:\n\n"
        "a) fixed part: scoping workshop and data audit, DZD 500,000; POC, DZD 1,500,000; "
        "integration, if the Client decides to deploy, DZD 2,000,000;\n\n"
        "b) variable part: DZD 1,000 per Qualified Lead, a Qualified Lead being a prospect "
        "whose identity and telephone number have been verified and who has accepted a "
        "commercial appointment;\n\n"
        "c) cap: the total billed under the variable part may not exceed DZD 200,000 per month "
        "nor DZD 2,000,000 for the first year;\n\n"
        "d) milestones: thirty per cent (30%) on signature of the purchase order, the balance "
        "on signature of the acceptance certificate, and nothing before;\n\n"
        "e) payment terms: each invoice must be paid within thirty (30) days of its receipt "
        "by the Client.",
    ),
    # ------------------------------------------------------------------ data
    (
        "data",
        "Client information and assumptions",
        "The Client Data on which the POC will rely, namely (a) the customer records held in "
        "the Client's CRM, (b) the sales and stock tables of its ERP, (c) the order history of "
        "its e-commerce site and (d) the conversations of its WhatsApp Business account, shall "
        "be made available over a history of twelve (12) months, i.e. an estimated 180,000 "
        "records; the quality of those data (duplicates, missing fields, formats) shall be "
        "measured by the Provider in the course of the data audit and reported on in writing, "
        "and their extraction, cleaning and anonymisation shall be borne by the Provider.",
    ),
    (
        "data",
        "Inputs",
        "The sources listed in Schedule 1, which are the Client's CRM, its ERP, the "
        "recordings of its call centre and the customer-service e-mail box, will be opened to "
        "the Provider over a history of eighteen (18) months, representing approximately "
        "95,000 tickets and 40,000 orders.\n\n"
        "Preparation of the data, that is to say their extraction, cleaning and "
        "anonymisation, is the responsibility of the Client, as allocated at the scoping "
        "workshop. The Provider shall, during the data audit, assess the rate of duplicates, "
        "the proportion of missing fields and the consistency of formats of the Client Data "
        "and shall deliver a written report thereon.",
    ),
    (
        "data",
        "Data underlying the project",
        "The Parties agree that: (i) the POC shall draw exclusively on the following data "
        "sources: the Client's CRM (Salesforce), its ERP (Sage X3), its e-commerce site and "
        "its WhatsApp Business account; (ii) the Client shall make available a history of "
        "٢٤ months, i.e. an estimated 320,000 records; (iii) the data audit performed by the "
        "Provider shall measure the quality of the Client Data, in particular duplicates, "
        "missing fields and formats, and shall report on it in writing; (iv) extraction shall "
        "be carried out by the Client, and cleaning and anonymisation by the Provider.",
    ),
    (
        "data",
        "Hypotheses",
        "It is the Provider, and not the Client, that shall extract, clean and anonymise the "
        "data coming from the ERP, the CRM and the e-mail and call-centre exchanges of the "
        "Client, which the Client undertakes to make available over a history of twelve (12) "
        "months, estimated at 60,000 records; the written report of the data audit shall "
        "state the duplicates, missing fields and format inconsistencies found in those data.",
    ),
    # ------------------------------------------------------------------ success_criteria
    (
        "success_criteria",
        "Measurement of results",
        "The project shall be regarded as successful if, measured against the baselines "
        "established jointly by the Parties during the data audit and recorded in the minutes "
        "of the scoping workshop, (i) the cost per lead falls by at least fifteen per cent "
        "(15%) and (ii) the conversion rate of Qualified Leads rises by at least ten per cent "
        '(10%), a "Qualified Lead" meaning a prospect with a verified telephone number who '
        "has requested a quotation.",
    ),
    (
        "success_criteria",
        "Performance indicators",
        "The indicators below shall be compared with their values before the project, which "
        "the Parties shall measure jointly during the data audit over the eight (8) weeks "
        "preceding the start of the project and record in the minutes of the scoping "
        "workshop:\n\n"
        "a) average first-response time of customer service: down ٢٠% against the baseline;\n\n"
        "b) share of requests resolved without a human agent: at least ٤٠%;\n\n"
        "c) cost per request handled: down fifteen per cent (15%) against the baseline.",
    ),
    (
        "success_criteria",
        "Targets",
        "Indicator | Baseline | Target\n"
        "Cost per lead | measured jointly by the Parties during the data audit and recorded in "
        "the scoping-workshop minutes | -15%\n"
        "Conversion rate of Qualified Leads | measured jointly by the Parties during the data "
        "audit and recorded in the scoping-workshop minutes | +10%\n\n"
        "For this table, a Qualified Lead is a prospect who has given a verified telephone "
        "number and accepted a call from a sales representative.",
    ),
    (
        "success_criteria",
        "Expected outcomes",
        "The success of the POC, which will be assessed by comparing the figures obtained "
        "with the baselines that the Parties shall have measured together before the project "
        "begins and recorded in the minutes of the scoping workshop, requires that the rate "
        "of correctly classified orders reach ninety per cent (90%) and that the average order "
        "processing time drop by twenty-five per cent (25%).",
    ),
    # ------------------------------------------------------------------ timeline
    (
        "timeline",
        "Schedule",
        "The Parties agree the following steps: a) scoping workshop: no later than 12 January "
        "2027 (week 1); b) data audit: weeks 2 and 3; c) POC: weeks 4 to 9; d) go/no-go "
        "decision: no later than 19 March 2027, which date no delay attributable to the "
        "Provider may postpone without the Client's written consent.",
    ),
    (
        "timeline",
        "Key dates",
        "The project shall proceed in accordance with the timetable in Schedule 2, which sets "
        "the scoping workshop in the week of 1 February 2027, the data audit over weeks 2 and "
        "3, the POC over weeks 4 to 9 and the go/no-go decision, to be taken by the Client no "
        "later than 9 April 2027.\n\n"
        "The date of the go/no-go decision shall not be deferred on account of any delay "
        "attributable to the Provider, save with the Client's prior written consent.",
    ),
    (
        "timeline",
        "Planning",
        "The go/no-go decision committee, which shall meet after the scoping workshop (no "
        "later than 8 February 2027), the data audit (two (2) weeks) and the POC (six (6) "
        "weeks) have been completed, will sit on 23 April 2027 at the latest, and a delay for "
        "which the Provider is responsible cannot push that date back unless the Client "
        "agrees in writing. Deployment, if decided, shall take place over the eight (8) weeks "
        "following the decision, and training and hand-over in the two (2) weeks after that.",
    ),
    # ------------------------------------------------------------------ exclusivity
    (
        "exclusivity",
        "Exclusive negotiations",
        "The exclusivity which the Client grants to the Provider for a period of forty-five "
        "(45) days from signature of this Letter, and which shall not continue beyond those "
        "45 days save by written amendment signed by the Client, is conditional on the "
        "Provider meeting its commitments, namely (i) starting the scoping workshop on the "
        "agreed date, (ii) delivering the POC on schedule and (iii) assigning the resources "
        "announced in Schedule 3.\n\n"
        "The Client shall be released from it, automatically and without any compensation or "
        "penalty, if the Provider is more than ten (10) Business Days late on any step of the "
        "timeline, if the POC is unsuccessful or if the go/no-go decision is negative, "
        '"Business Day" meaning any day other than a Friday, a Saturday or a public holiday '
        "in Algeria.",
    ),
    (
        "exclusivity",
        "Standstill",
        "For sixty (٦٠) days from the date on which this Letter is signed, and for no longer, "
        "the Client shall not negotiate the same project with another provider, provided "
        "always that the Provider starts the scoping workshop on the agreed date, delivers "
        "the POC on schedule and assigns the resources it has announced. This undertaking "
        "shall lapse of its own accord, with no compensation owed by the Client, should the "
        "Provider be more than ten (10) Business Days behind on any step of the timeline, "
        "should the POC fail or should the Client decide not to proceed at the go/no-go "
        "decision.",
    ),
    (
        "exclusivity",
        "Exclusive dealing",
        "The Client's undertaking not to consult other providers for the project, which shall "
        "expire thirty (30) days after signature of this Letter with no tacit renewal, is "
        "subject to the following conditions, all of which the Provider must meet: a) the "
        "scoping workshop starts on the agreed date; b) the POC is delivered on schedule; c) "
        "the project manager and the two data scientists named in Schedule 3 are assigned to "
        "the project. Any failure by the Provider to meet one of those conditions, any delay "
        "of more than ten (10) Business Days on a step of the timeline and an unsuccessful "
        "POC each release the Client at once, without compensation.",
    ),
    # ------------------------------------------------------------------ confidentiality
    (
        "confidentiality",
        "Non-disclosure",
        "Each of the Parties shall hold in strict confidence all information, including the "
        "Client Data accessed during the data audit, which is disclosed to it by the other "
        "Party, this undertaking being reciprocal and surviving the expiry or termination of "
        "this Letter for three (3) years.",
    ),
    (
        "confidentiality",
        "Protection of information",
        "The Parties mutually undertake to keep strictly confidential, and not to disclose to "
        "any third party, the information, documents and data that one of them discloses to "
        "the other in connection with this Letter, including during the scoping workshop and "
        "the data audit. That obligation shall bind the Provider and the Client alike and "
        "shall survive this Letter for five (5) years.",
    ),
    (
        "confidentiality",
        "Secrecy",
        "Information exchanged between the Parties under this Letter, whichever of them "
        "discloses it, shall be kept confidential by the receiving Party, which shall use it "
        "only for the purposes of the project; the same obligations apply to the Provider and "
        "to the Client, cover data shared during audits and remain in force for three (3) "
        "years after this Letter ends, for whatever reason.",
    ),
    # ------------------------------------------------------------------ ip
    (
        "ip",
        "Ownership of results",
        "The Client Data, the datasets built from them, the Prompts, the Specific Models "
        "(meaning any model trained, fine-tuned or parameterised on the Client Data, together "
        "with its parameters and weights) and all content generated on behalf of the Client "
        "shall remain the sole property of the Client. The Provider retains its pre-existing "
        "tools, of which it grants the Client a licence for the needs of the project.",
    ),
    (
        "ip",
        "Rights in the work",
        "Title to the following, namely (i) the Client Data, (ii) the datasets, (iii) the "
        "Prompts, (iv) the Specific Models and their parameters and (v) the content generated "
        "for the Client, is and shall remain vested solely in the Client, no assignment or "
        "licence of any of them to the Provider being granted by this Letter other than the "
        "right to use them for the performance of the project.",
    ),
    (
        "ip",
        "Results of the project",
        "All rights in the results of the project, whether the Client Data and datasets, the "
        "Prompts written for the Client, the Specific Models fine-tuned on its data or the "
        "content generated on its behalf, belong to the Client alone; the Provider's "
        "pre-existing software remains its property and is made available to the Client "
        "under a licence.",
    ),
    # ------------------------------------------------------------------ governance
    (
        "governance",
        "Steering",
        "The Client appoints as sponsor Ms Amina Benali, Marketing Director, who approves the "
        "Deliverables and takes the go/no-go decision; the Provider appoints a project "
        "manager, Mr Karim Haddad, who shall not be replaced without the Client's prior "
        "written consent. A steering committee shall meet weekly during the POC and monthly "
        "thereafter.",
    ),
    (
        "governance",
        "Project management",
        "The roles are allocated as follows: (i) the approval of the Deliverables and the "
        "go/no-go decision are the responsibility of the Client's sponsor, Mr Yacine Ould Ali, "
        "Sales Director; (ii) the running of the project shall be ensured by the Provider's "
        "project manager, Ms Lina Mansouri, whose replacement is subject to the Client's prior "
        "written consent; (iii) any disagreement shall be settled by the steering committee, "
        "which meets weekly during the POC and monthly afterwards.",
    ),
    (
        "governance",
        "Decision-making",
        "It is the Client's sponsor, Ms Nadia Cherif, Chief Operating Officer, who shall "
        "approve each Deliverable and take the go/no-go decision, and it is the Provider's "
        "project manager, named in Schedule 3, who shall answer to her; the Provider may not "
        "change that project manager unless the Client has first agreed in writing.",
    ),
    # ------------------------------------------------------------------ poc
    (
        "poc",
        "Pilot",
        'The proof of concept (the "POC"), which shall last six (6) weeks from the date the '
        "necessary Client Data is made available, shall be deemed conclusive when the "
        "following acceptance criteria are met: (a) correct answers on at least eighty-five "
        "per cent (85%) of a sample of 200 conversations; (b) a Qualified Lead rate of at "
        'least twelve per cent (12%), a "Qualified Lead" meaning a prospect with a verified '
        "telephone number who has requested a quotation. The POC is not the final product.",
    ),
    (
        "poc",
        "Trial phase",
        "The trial phase, whose duration is set at eight (٨) weeks running from the day on "
        "which the Client Data it requires is delivered to the Provider, will be accepted by "
        "the Client only if, on a test sample of 300 customer e-mails drawn at random, (i) at "
        "least ninety per cent (90%) are routed to the right department and (ii) the draft "
        "answers proposed are judged correct by the Client in at least eighty per cent (80%) "
        "of cases.",
    ),
    (
        "poc",
        "Proof of concept",
        "The POC shall run for six (6) weeks from the provision of the Client Data and shall "
        "be assessed against the acceptance criteria set out in Schedule 4, which provides "
        "that the POC is conclusive if the forecasts of weekly sales per store show a mean "
        "absolute percentage error of no more than fifteen per cent (15%) over the last four "
        "(4) weeks of the POC, on the data of the twenty (20) pilot stores.",
    ),
    # ------------------------------------------------------------------ internal_effort
    (
        "internal_effort",
        "Commitments of the Client's teams",
        "The workload to be borne by the Client's teams during the POC is estimated at "
        "fifteen (15) person-days, broken down as follows: (i) data extraction and cleaning: "
        "six (6) person-days; (ii) content validation: five (5) person-days; (iii) process "
        "changes: four (4) person-days.",
    ),
    (
        "internal_effort",
        "Client resources",
        "The Client's contribution to the POC, which shall be carried by its IT department "
        "for data extraction and by its customer-service team for content validation and "
        "training, shall not exceed twenty (20) man-days in aggregate, namely eight (8) for "
        "extraction, seven (7) for validation and five (5) for training.",
    ),
    (
        "internal_effort",
        "Internal workload",
        "Task | Client team | Person-days\n"
        "Data extraction and cleaning | IT department | ٦\n"
        "Validation of answers and content | Marketing | ٥\n"
        "Process changes and training | Sales administration | ٤\n"
        "Total | | 15",
    ),
    # ------------------------------------------------------------------ termination
    (
        "termination",
        "Exit",
        "Either Party may bring this Letter to an end at any time by written notice given "
        "fifteen (15) days in advance, without compensation or penalty, only services "
        "performed and accepted being payable.\n\n"
        "The return, within fifteen (15) Business Days following the end of this Letter or of "
        "the project for whatever reason, of the Client Data, datasets, Prompts and Specific "
        "Models, in open, documented formats (CSV, JSON, ONNX), shall be ensured by the "
        "Provider at no cost to the Client, after which the Provider shall delete its copies.",
    ),
    (
        "termination",
        "Termination and reversibility",
        "The Client shall be entitled to terminate this Letter at any time, by registered "
        "letter and on fifteen (15) days' notice, without having to give reasons and without "
        "any indemnity being owed, only the services performed and accepted at the date of "
        "termination being payable; the same right belongs to the Provider.\n\n"
        "Whatever the cause of the end of this Letter or of the project, the Provider must "
        "hand back to the Client, within ١٥ Business Days, the Client Data, the datasets, the "
        "Prompts and the Specific Models, in open and documented formats, so that the Client "
        "may continue the project with another provider without lock-in.",
    ),
    (
        "termination",
        "End of the relationship",
        "This Letter may be ended by either Party, in writing, at any time, subject to fifteen "
        "(15) days' notice and without compensation, the Client paying only for the services "
        "performed and accepted; upon such end, and likewise upon the end of the project for "
        "any reason, the Client Data, datasets, Prompts and Specific Models shall be returned "
        "to the Client by the Provider within fifteen (15) Business Days in open, documented "
        "formats.",
    ),
    # ------------------------------------------------------------------ data_protection
    (
        "data_protection",
        "Personal data",
        "The Parties shall comply with Law No. 18-07 of 10 June 2018 on the protection of "
        "natural persons in the processing of personal data. The Client Data shall be hosted "
        "in Algeria, and no transfer outside Algeria shall take place without the Client's "
        "prior written consent.",
    ),
    (
        "data_protection",
        "Privacy and security",
        "The processing of personal data carried out for the project, which shall comply with "
        "Law No. 18-07 of ٢٥ Ramadan 1439 corresponding to 10 June 2018 and with the "
        "requirements of the national authority for the protection of personal data, shall "
        "take place on servers located in Algeria, unless the Client agrees otherwise in "
        "writing; access to those data shall be restricted to the persons named in Schedule 5.",
    ),
    (
        "data_protection",
        "Protection of individuals",
        "The Provider shall host the Client Data on infrastructure situated in Algeria, unless "
        "the Client agrees otherwise in writing, and both Parties undertake to process any "
        "personal data in accordance with Algerian Law 18-07 of 10 June 2018 on the protection "
        "of individuals in the processing of personal data.",
    ),
    # ------------------------------------------------------------------ binding_effect
    (
        "binding_effect",
        "Legal effect",
        "This Letter records the intention of the Parties to negotiate in good faith; it "
        "constitutes neither a firm offer nor a definitive agreement and places neither Party "
        "under any obligation to enter into such an agreement. Only the articles on "
        "confidentiality, exclusivity and governing law shall bind the Parties, the other "
        "provisions being indicative only.",
    ),
    (
        "binding_effect",
        "Nature of this Letter",
        "The Parties agree that (i) this Letter is an expression of intent, and not a firm "
        "offer or a contract, so that neither of them shall be bound to sign the definitive "
        "agreement; (ii) the articles on confidentiality, exclusivity and governing law alone "
        "have binding force; and (iii) all other provisions are indicative only.",
    ),
    (
        "binding_effect",
        "Status",
        "Save for the provisions relating to confidentiality, exclusivity and governing law, "
        "which shall be binding on the Parties, nothing in this Letter, which is neither a "
        "firm offer nor a definitive agreement, shall oblige either Party to conclude the "
        "definitive agreement, the Parties undertaking only to negotiate it in good faith.",
    ),
    # ------------------------------------------------------------------ governing_law
    (
        "governing_law",
        "Disputes",
        "This Letter shall be governed by and construed in accordance with the laws of "
        "Algeria. Any dispute which the Parties fail to settle amicably within thirty (30) "
        "days shall be brought before the competent courts of Algiers.",
    ),
    (
        "governing_law",
        "Applicable law and jurisdiction",
        "The law of the People's Democratic Republic of Algeria shall apply to this Letter "
        "and to any dispute arising out of it, which the Parties shall first attempt to "
        "resolve by mediation within thirty (30) days and, failing that, shall submit to the "
        "competent courts of Algiers.",
    ),
    (
        "governing_law",
        "Law",
        "Algerian law shall govern the validity, interpretation and performance of this "
        "Letter; failing an amicable settlement within ١٥ days of notice of the dispute, the "
        "dispute shall be brought before the competent court of Algiers.",
    ),
    # ------------------------------------------------------------------ validity
    (
        "validity",
        "Term",
        "This Letter shall remain in force for ninety (90) days from its signature and shall "
        "lapse automatically, with no tacit renewal, if the definitive agreement has not been "
        "signed by then.",
    ),
    (
        "validity",
        "Duration",
        "Unless the definitive agreement is signed earlier, this Letter shall cease to have "
        "effect at the end of a period of three (3) months running from the date of its "
        "signature by the last of the Parties, without any extension other than by written "
        "amendment.",
    ),
    (
        "validity",
        "Lapse",
        "The validity of this Letter, which is limited to ٩٠ days from its signature, i.e. "
        "until 31 March 2027 at the latest if it is signed on 31 December 2026, shall not be "
        "extended tacitly; on the expiry of that period, this Letter shall lapse of its own "
        "accord.",
    ),
]


@pytest.mark.parametrize("topic, title, text", GOOD, ids=case_ids(GOOD, 0))
def test_good_en(topic, title, text):
    assert alarms(title, text, topic, "en") == []
