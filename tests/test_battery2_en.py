"""Clause battery, English (second set): what a PME's counsel expects of each clause of an
AI-project LOI.

Written blind on 2026-11-26 (session 3) by a contracts-lawyer helper who had read only
the topic list (shared TOPICS.md), the harness (tests/helpers_battery.py) and the format of
tests/test_battery_fr.py; never the rulesets, the sources, the samples nor the other tests.
The wording is therefore new to the tool: synonyms, passive voice, negations, exceptions,
definitions, tables, parties named ALPHA AI Ltd / BETA Distribution SPA or the
Provider / the Client.

A well-drafted clause raises nothing at medium or above on its topic; a trap raises a
finding of the right kind, topic and severity that points at the trap's words."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, catches, marked

# (topic, title, text): clauses that meet the PME position of their topic.
GOOD = [
    # --- objective ---
    (
        "objective",
        "Purpose",
        "The purpose of this letter is to set out the terms on which the Provider will "
        "design and deploy a WhatsApp Business assistant whose business goal is to cut the "
        "Client's average first-response time to retailer enquiries from 6 hours to under "
        "30 minutes.",
    ),
    (
        "objective",
        "Business Goal",
        "The project pursues one business goal: raising the share of inbound B2B leads from "
        "the Client's website that turn into a first distribution order. Any reporting "
        "feature delivered under this letter serves that goal and is not an end in itself.",
    ),
    (
        "objective",
        "Object of the Letter",
        "BETA Distribution SPA wishes to reduce the time its accounts-payable team spends "
        "keying in supplier invoices; ALPHA AI Ltd proposes an OCR and extraction solution "
        "to that end, as described below.",
    ),
    # --- scope ---
    (
        "scope",
        "Scope",
        "The solution covers the Client's website chat and its WhatsApp Business account, in "
        "French, Modern Standard Arabic and Algerian Arabic (Darija), for customers located "
        "in Algeria, and is limited to the dairy and beverage product ranges. Other channels, "
        "countries, languages or product ranges are out of scope and may be added only by a "
        "written amendment signed by both parties.",
    ),
    (
        "scope",
        "Project Perimeter",
        "The perimeter is restricted to supplier invoices and delivery notes received at the "
        "Oran and Setif warehouses, written in French or Arabic, whether in PDF or as scanned "
        "images. Customs declarations and hand-written documents are excluded.",
    ),
    (
        "scope",
        "Coverage",
        "Lead scoring will apply to the leads handled by the Algiers, Blida and Boumerdes "
        "sales teams, across the CRM and the e-mail channel, for the snack and frozen-food "
        "catalogues; the interface is delivered in French and Arabic.",
    ),
    # --- deliverables ---
    (
        "deliverables",
        "Deliverables",
        "The Provider shall deliver: (a) a proof of concept of the customer-service "
        "assistant; (b) its integration with the Client's CRM and WhatsApp Business account; "
        "(c) two half-day training sessions for up to twelve users; (d) a user guide and an "
        "administrator manual in French; and (e) a hand-over report. Each deliverable is "
        "accepted separately and in writing by the Client.",
    ),
    (
        "deliverables",
        "Work Products",
        "The following shall be handed over: a demand-forecasting model for the 200 "
        "best-selling SKUs, a connector to the Client's ERP, a forecasting dashboard, the "
        "technical documentation of the features and of the training pipeline, and a "
        "one-day training of the supply-chain team.",
    ),
    # --- price ---
    (
        "price",
        "Fees",
        "The set-up and integration fee is fixed at DZD 3,200,000 excluding VAT. A variable "
        "fee of DZD 150 is charged per lead that carries a valid phone number, a named "
        "company and a stated need for at least one product range, as recorded in the CRM. "
        "Total invoicing under this letter shall in no event exceed DZD 5,000,000 excluding "
        "VAT.",
    ),
    (
        "price",
        "Payment Schedule",
        "Milestone | Date | Amount\n"
        "Signature of the final contract | 15 January 2027 | 25 % (DZD 1,000,000)\n"
        "Written acceptance of the POC | 15 March 2027 | 35 % (DZD 1,400,000)\n"
        "Written acceptance of the deployment | 30 May 2027 | balance of 40 % (DZD 1,600,000)"
        "\n\n"
        "Each invoice is payable within 30 days of the Client's written acceptance of the "
        "related milestone.",
    ),
    (
        "price",
        "Financial Terms",
        "The fixed price of USD 18,000 covers set-up and integration. A deposit of 25 % is "
        "paid on signature of the definitive agreement and the balance only upon written "
        "acceptance of the deployed solution. Usage is billed monthly at USD 4 per named "
        "employee account that logged in at least once during the calendar month, with a "
        "monthly cap of USD 600.",
    ),
    # --- data ---
    (
        "data",
        "Data and Assumptions",
        "The POC will draw on the CRM export (about 38,000 customer records, three years of "
        "history), the ERP sales lines for 2023 to 2026 and fourteen months of WhatsApp "
        "Business conversations. The Client estimates duplicates below 8 % and missing phone "
        "numbers below 5 %; files are supplied as UTF-8 CSV. Cleaning, deduplication and "
        "formatting are carried out by the Provider, the Client's IT officer answering "
        "questions on field meanings.",
    ),
    (
        "data",
        "Data Sources",
        "Data sources are the e-commerce order history (about 120,000 orders since 2022) and "
        "the customer-service mailbox (about 9,000 e-mails a year). Order lines are complete; "
        "e-mails are unstructured and partly in Arabic. The Client extracts the files, the "
        "Provider cleans and labels them, and the data audit in week two confirms volumes "
        "and quality; any gap is reported in writing before the POC starts.",
    ),
    # --- success_criteria ---
    (
        "success_criteria",
        "Success Criteria",
        "The POC is successful if, over the four-week test period, the cost per lead falls by "
        "at least 15 % against the baseline of DZD 2,400 measured from January to March "
        "2026, and the lead-to-order conversion rate rises from 6 % to at least 7 %. Both "
        "figures are computed from the Client's CRM by the method annexed to this letter.",
    ),
    (
        "success_criteria",
        "Key Performance Indicators",
        "Field-level extraction accuracy shall reach at least 95 % on a test set of 500 "
        "invoices chosen by the Client, and the average handling time per invoice shall drop "
        "from the measured baseline of 11 minutes to under 3 minutes.",
    ),
    (
        "success_criteria",
        "Acceptance Metrics",
        "The forecasting model is accepted if its mean absolute percentage error on weekly "
        "sales of the 200 SKUs in scope is at most 18 %, compared with 31 % for the Client's "
        "current spreadsheet method measured over 2025, on a twelve-week back-test.",
    ),
    # --- timeline ---
    (
        "timeline",
        "Timeline",
        "Step | Date\n"
        "Scoping workshop | 12 January 2027\n"
        "Data audit completed | 26 January 2027\n"
        "POC delivered | 9 March 2027\n"
        "Go/no-go decision by the Client | 23 March 2027\n"
        "Deployment | 4 May 2027\n"
        "Training and hand-over | 18 May 2027",
    ),
    (
        "timeline",
        "Planning",
        "The scoping workshop will be held no later than 10 days after signature of this "
        "letter. The data audit follows within three weeks and the POC within six weeks of "
        "the audit; the Client shall take its go/no-go decision on or before 30 April 2027. "
        "Deployment and user training are completed by 30 June 2027.",
    ),
    # --- exclusivity ---
    (
        "exclusivity",
        "Exclusivity",
        "For 45 days from signature, the Client shall not negotiate with another vendor for "
        "the assistant described in this letter, provided that the Provider has received "
        "access to the test data, delivers the project plan within 10 days and assigns a "
        "named data scientist and project manager to the POC. The exclusivity ends "
        "automatically if any of these conditions is not met, and the Client may end it at "
        "any time on 5 days' written notice.",
    ),
    (
        "exclusivity",
        "No-Shop Period",
        "During 30 days, BETA Distribution SPA will not solicit competing offers for the "
        "lead-scoring module. This undertaking lapses early if ALPHA AI Ltd fails to deliver "
        "the POC plan on time or to staff the project as agreed, or if the go/no-go decision "
        "is negative; the Client may withdraw from it by written notice.",
    ),
    # --- confidentiality ---
    (
        "confidentiality",
        "Confidentiality",
        "Each party shall keep confidential all information disclosed by the other in "
        "connection with this letter, including the data, files and extracts shared during "
        "the data audit and the POC. This obligation binds both parties alike and survives "
        "for three years after the expiry or termination of this letter, whether or not a "
        "final contract is signed.",
    ),
    (
        "confidentiality",
        "Non-Disclosure",
        "Neither party shall disclose to a third party any information received from the "
        "other, including customer files and audit extracts, except to employees and "
        "advisers who need to know it and are bound by equivalent duties, or where the law "
        "so requires. These duties continue for five years after this letter ends.",
    ),
    # --- ip ---
    (
        "ip",
        "Intellectual Property",
        "The Client owns its data, the datasets built from them, the prompts written for the "
        "project, the parameters and weights of any model fine-tuned on its data and all "
        "content generated for it. The Provider retains its pre-existing tools and libraries "
        "and grants the Client a non-exclusive, perpetual licence to use them as part of the "
        "solution.",
    ),
    (
        "ip",
        "Ownership",
        "All rights in the training datasets, annotation files, prompt library and "
        "fine-tuned model parameters shall vest in BETA Distribution SPA as they are "
        "created. Nothing in this letter gives ALPHA AI Ltd any right in the Client's data "
        "beyond what the POC requires. The Provider's platform, which existed before the "
        "project, remains its property and is licensed to the Client for the life of the "
        "solution.",
    ),
    # --- governance ---
    (
        "governance",
        "Governance",
        "The Client appoints its Sales Director as project sponsor; only the sponsor "
        "validates deliverables. A steering committee made up of the sponsor, the Client's "
        "IT officer and the Provider's project manager meets weekly during the POC and "
        "monthly after deployment. Disagreements not settled in committee are arbitrated by "
        "the two general managers within 10 days.",
    ),
    (
        "governance",
        "Project Steering",
        "Deliverables are accepted only by written sign-off of the Client's Head of Customer "
        "Service, acting as sponsor. The steering committee sits every week during the POC "
        "and every month thereafter; any disagreement on acceptance is escalated to the "
        "Client's General Manager, who decides after hearing the Provider.",
    ),
    # --- poc ---
    (
        "poc",
        "Proof of Concept",
        "The POC aims to show that the assistant answers correctly at least 80 % of the 300 "
        "most frequent retailer questions. It lasts six weeks, uses the anonymised "
        "conversations described in the Data clause and is accepted if that threshold is "
        "met. At its end the Client decides go or no-go in writing. The POC is a prototype, "
        "not the final product, and its acceptance is not acceptance of the deployed "
        "solution.",
    ),
    (
        "poc",
        "Pilot",
        "A four-week pilot will test the scoring model on leads of the Algiers sales team "
        "only, using CRM data from 2024 to 2026. Acceptance criteria: an AUC of at least "
        "0.75 on a held-out sample and a conversion uplift of at least 10 % on top-scored "
        "leads against the 2025 baseline. Within 10 days of the pilot report the Client "
        "decides in writing whether to proceed; a no-go ends the project with no further "
        "fees.",
    ),
    # --- internal_effort ---
    (
        "internal_effort",
        "Client Resources",
        "The Client's internal workload is estimated at 28 person-days: 10 for data "
        "extraction and cleaning by the IT officer, 8 for process redesign by the sales "
        "manager, 6 for user training and 4 for answer content written by customer service. "
        "The Provider shall notify in writing, in advance, any need beyond this estimate.",
    ),
    (
        "internal_effort",
        "Internal Effort",
        "Task | Owner | Person-days\n"
        "Data extraction | IT officer (Client) | 6\n"
        "Review of labels | Customer-service lead (Client) | 5\n"
        "Training attendance | Twelve agents (Client) | 12\n"
        "Total | | 23",
    ),
    # --- risk_allocation ---
    (
        "risk_allocation",
        "Allocation of Risks",
        "Should the data prove insufficient after the audit, the Provider shall say so in "
        "writing before the POC, and the Client may stop without paying any further amount. "
        "Integration overruns beyond the fixed price are borne by the Provider. The solution "
        "relies on no proprietary format that would prevent migration. Compliance of the "
        "processing carried out by the Provider is its own responsibility. If the KPIs are "
        "not reached, the Client is not bound to proceed and owes only the milestones "
        "already accepted.",
    ),
    (
        "risk_allocation",
        "Liability",
        "The Provider's aggregate liability under this letter is capped at the total price "
        "paid by the Client. In no event is either party liable for indirect loss, save in "
        "case of fraud, gross negligence or breach of the confidentiality or personal-data "
        "obligations.",
    ),
    # --- termination ---
    (
        "termination",
        "Termination and Reversibility",
        "The Client may terminate at any time on 15 days' written notice, paying only for "
        "milestones already accepted. Within 20 days of termination and at no extra charge, "
        "the Provider shall return all Client data, datasets, prompts and fine-tuned model "
        "weights in open formats (CSV, JSON, ONNX or safetensors), then delete its copies.",
    ),
    (
        "termination",
        "Exit",
        "Either party may end this letter by written notice if the go/no-go decision is "
        "negative or if the other party materially breaches it. The Provider shall assist "
        "the transition to another supplier for up to ten days at the rates of the price "
        "schedule, and no proprietary format or licence key shall prevent the Client from "
        "using its data and models afterwards.",
    ),
    # --- data_protection ---
    (
        "data_protection",
        "Personal Data",
        "Each party shall comply with Law No. 18-07 of 10 June 2018 on the protection of "
        "natural persons in the processing of personal data. Personal data are hosted in "
        "Algeria, on the Client's servers or in an Algerian data centre; no transfer abroad "
        "takes place without the ANPDP's prior authorisation and the Client's written "
        "consent. Access is limited to named persons, logged, and encrypted in transit and "
        "at rest; requests from data subjects are forwarded to the Client within 48 hours.",
    ),
    (
        "data_protection",
        "Security of Processing",
        "ALPHA AI Ltd processes personal data only on the documented instructions of BETA "
        "Distribution SPA and within the limits of Law 18-07; the Client files the required "
        "declaration with the ANPDP before any processing. Data stay on servers located in "
        "Algeria, protected by role-based access, encryption and daily backups, and the "
        "rights of access, rectification and objection of data subjects are honoured within "
        "the legal time limits.",
    ),
    # --- binding_effect ---
    (
        "binding_effect",
        "Binding Effect",
        "This letter is a statement of intent and does not oblige either party to conclude "
        "the final contract, except for the clauses on confidentiality, exclusivity, "
        "governing law and disputes, which bind the parties from signature.",
    ),
    (
        "binding_effect",
        "Legal Nature",
        "Save for the Confidentiality, Exclusivity and Governing Law articles, which create "
        "binding obligations, nothing in this letter obliges the Client to contract, to "
        "order or to pay; no fee is due under this letter before the definitive agreement "
        "is signed.",
    ),
    # --- governing_law ---
    (
        "governing_law",
        "Governing Law and Disputes",
        "This letter is governed by Algerian law. Any dispute shall first be submitted to "
        "mediation for 30 days; failing settlement, it shall be brought before the "
        "commercial division of the Court of Algiers.",
    ),
    (
        "governing_law",
        "Dispute Resolution",
        "Algerian law applies. The parties shall seek an amicable settlement within 30 days "
        "of a written notice of dispute; failing that, the dispute is settled by a sole "
        "arbitrator under the arbitration rules of the Algerian Chamber of Commerce and "
        "Industry (CACI), seated in Algiers, in French.",
    ),
    # --- validity ---
    (
        "validity",
        "Term",
        "This letter takes effect on signature and lapses automatically on 31 March 2027 if "
        "the final contract has not been signed by then, save for the clauses stated to "
        "survive.",
    ),
    (
        "validity",
        "Validity",
        "This letter remains valid for 90 days from its signature. It expires without "
        "formality and without compensation to either party if no definitive agreement is "
        "signed within that period; it may be extended only by a written amendment signed "
        "by both parties.",
    ),
]

# (kind, topic, min_severity, words, title, text): one problem each; `words` is verbatim.
TRAPS = [
    # --- objective ---
    (
        "ambiguity",
        "objective",
        "medium",
        "enhance the Client's digital performance",
        "Purpose",
        "The purpose of this letter is to set out the terms on which ALPHA AI Ltd will help "
        "enhance the Client's digital performance through artificial intelligence, in "
        "keeping with the best practices of the sector.",
    ),
    (
        "deviation",
        "objective",
        "medium",
        "roll out the SmartFlow platform",
        "Object",
        "This letter aims to roll out the SmartFlow platform of the Provider across the "
        "departments of BETA Distribution SPA, with the modules listed in the schedule.",
    ),
    # --- scope ---
    (
        "deviation",
        "scope",
        "medium",
        "as the Provider may later designate",
        "Scope",
        "The solution covers the WhatsApp Business account and the website chat, in French "
        "and Arabic, for customers in Algeria, and such further channels, languages or "
        "product ranges as the Provider may later designate, for the dairy range.",
    ),
    (
        "ambiguity",
        "scope",
        "low",
        "the languages customarily used",
        "Perimeter",
        "The assistant will handle enquiries on the website and WhatsApp, for the beverage "
        "and dairy ranges, in the languages customarily used by the Client's customers, "
        "across the national territory.",
    ),
    # --- deliverables ---
    (
        "ambiguity",
        "deliverables",
        "low",
        "documentation as appropriate",
        "Deliverables",
        "ALPHA AI Ltd shall deliver a proof of concept, the integration with the Client's "
        "CRM, one training session for the sales team and documentation as appropriate.",
    ),
    (
        "deviation",
        "deliverables",
        "medium",
        "determined by the Provider during execution",
        "Work Products",
        "The deliverables consist of an integrated AI solution, the components of which "
        "shall be determined by the Provider during execution in light of the data made "
        "available by the Client.",
    ),
    # --- price ---
    (
        "deviation",
        "price",
        "medium",
        "all-inclusive AI package",
        "Financial Conditions",
        "In consideration of all services, the Client shall pay an all-inclusive AI package "
        "of DZD 6,500,000 excluding VAT; 25 % is invoiced on signature of the final contract "
        "and the balance upon written acceptance of the deployed solution.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "100 % of the fixed price",
        "Payment Schedule",
        "Milestone | Date | Amount\n"
        "Signature of the final contract | 15 January 2027 | 100 % of the fixed price\n"
        "Written acceptance of the POC | 15 March 2027 | nil\n"
        "Written acceptance of the deployment | 30 May 2027 | nil",
    ),
    (
        "deviation",
        "price",
        "medium",
        "without any ceiling",
        "Fees",
        "Set-up and integration are fixed at DZD 2,800,000 excluding VAT, paid 30 % on "
        "signature and 70 % on acceptance. Each lead that carries a valid phone number and "
        "a named company is invoiced DZD 200, without any ceiling on the monthly or total "
        "amount.",
    ),
    (
        "ambiguity",
        "price",
        "medium",
        "per qualified lead",
        "Variable Fee",
        "On top of the fixed set-up fee of DZD 2,000,000, the Provider shall invoice DZD 180 "
        "per qualified lead delivered to the sales team, with a cap of DZD 900,000 a year.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "revised by the Provider at any time",
        "Prices",
        "The fixed price is USD 16,000, payable 25 % on signature and the balance on "
        "acceptance; the unit prices stated in the schedule may be revised by the Provider "
        "at any time to reflect changes in the cost of third-party language-model APIs.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "whether or not the milestone has been accepted",
        "Invoicing",
        "Invoices follow the milestones of the schedule (25 %, 35 %, 40 %) and are payable "
        "within fifteen days of issue, whether or not the milestone has been accepted by the "
        "Client, within the overall cap of DZD 4,000,000.",
    ),
    (
        "ambiguity",
        "price",
        "medium",
        "per active user",
        "Subscription",
        "After deployment the Client pays USD 6 per active user and per month, invoiced "
        "quarterly, with an annual ceiling of USD 9,000.",
    ),
    # --- data ---
    (
        "deviation",
        "data",
        "medium",
        "cleaning performed by the Provider is billed",
        "Data",
        "The Client supplies its CRM export (about 40,000 records over three years) and its "
        "ERP sales history, deduplicated and formatted to the Provider's specifications; "
        "any cleaning performed by the Provider is billed as additional work.",
    ),
    (
        "ambiguity",
        "data",
        "medium",
        "data of sufficient quality",
        "Data and Assumptions",
        "BETA Distribution SPA will provide data of sufficient quality from its CRM and "
        "WhatsApp Business history so that the Provider can train the assistant.",
    ),
    (
        "deviation",
        "data",
        "medium",
        "identified after signature of the final contract",
        "Data Sources",
        "The data sources, their volumes and their format will be identified after "
        "signature of the final contract, at the Provider's request.",
    ),
    # --- success_criteria ---
    (
        "ambiguity",
        "success_criteria",
        "medium",
        "a significant improvement",
        "Success Criteria",
        "The project will be deemed successful if it brings a significant improvement in "
        "customer satisfaction and in the responsiveness of the sales team.",
    ),
    (
        "deviation",
        "success_criteria",
        "medium",
        None,
        "KPIs",
        "The POC is successful if the lead-to-order conversion rate reaches 9 % and the "
        "cost per lead stays at or below DZD 2,000 during the test period.",
    ),
    (
        "deviation",
        "success_criteria",
        "medium",
        "shall be conclusive",
        "Measurement of Results",
        "Success is measured against a baseline cost per lead of DZD 2,400 with a target "
        "reduction of 15 %; the figures reported by the Provider's own analytics dashboard "
        "shall be conclusive between the parties.",
    ),
    (
        "ambiguity",
        "success_criteria",
        "medium",
        "a productivity gain of 20 %",
        "Performance Targets",
        "The solution targets a productivity gain of 20 % for the accounts-payable team "
        "within three months of go-live.",
    ),
    # --- timeline ---
    (
        "ambiguity",
        "timeline",
        "medium",
        "as soon as reasonably practicable",
        "Timeline",
        "The scoping workshop takes place on 12 January 2027 and the data audit ends on 26 "
        "January 2027; the POC will then be delivered as soon as reasonably practicable, "
        "and the go/no-go decision is due on 23 March 2027.",
    ),
    (
        "deviation",
        "timeline",
        "medium",
        "on a date to be agreed",
        "Planning",
        "Scoping workshop within 10 days of signature, data audit within three weeks, POC "
        "within six weeks of the audit; the Client's go/no-go decision will be taken on a "
        "date to be agreed between the parties.",
    ),
    (
        "deviation",
        "timeline",
        "medium",
        "moved by the Provider without notice",
        "Schedule",
        "The dates below are indicative and may be moved by the Provider without notice: "
        "workshop 12 January 2027, POC 9 March 2027, go/no-go 23 March 2027, deployment "
        "4 May 2027.",
    ),
    (
        "deviation",
        "timeline",
        "medium",
        "upon availability of the Provider's teams",
        "Project Calendar",
        "Step | Date\n"
        "Scoping workshop | 12 January 2027\n"
        "POC delivered | 9 March 2027\n"
        "Go/no-go decision | 23 March 2027\n"
        "Deployment | upon availability of the Provider's teams\n"
        "Training and hand-over | two weeks after deployment",
    ),
    # --- exclusivity ---
    (
        "deviation",
        "exclusivity",
        "high",
        "eighteen (18) months",
        "Exclusivity",
        "For a period of eighteen (18) months from signature, the Client shall not negotiate "
        "with another vendor for the chatbot described herein; the exclusivity lapses if "
        "the Provider fails to deliver the POC plan within 10 days.",
    ),
    (
        "deviation",
        "exclusivity",
        "medium",
        None,
        "Exclusive Negotiations",
        "For 45 days following signature, BETA Distribution SPA shall negotiate exclusively "
        "with ALPHA AI Ltd for the lead-scoring project described in this letter and shall "
        "not request or entertain any competing proposal.",
    ),
    (
        "deviation",
        "exclusivity",
        "high",
        "any artificial-intelligence, data or software project",
        "No-Shop",
        "During 60 days, ending early if the Provider does not deliver the POC plan on time, "
        "the Client shall not engage another supplier for any artificial-intelligence, data "
        "or software project of the Client.",
    ),
    (
        "deviation",
        "exclusivity",
        "high",
        "automatically extended by successive 60-day periods",
        "Definitions",
        "'Exclusivity Period' means the period of 60 days from signature of this letter, "
        "automatically extended by successive 60-day periods until the final contract is "
        "signed, during which the Client deals only with the Provider for the project; it "
        "ends if the Provider fails to staff the POC as agreed.",
    ),
    # --- confidentiality ---
    (
        "deviation",
        "confidentiality",
        "medium",
        "The Client shall keep confidential",
        "Confidentiality",
        "The Client shall keep confidential all technical and commercial information "
        "disclosed by the Provider in connection with this letter, including its pricing "
        "and methodology, for three years after this letter ends.",
    ),
    (
        "deviation",
        "confidentiality",
        "medium",
        "ends on expiry of this letter",
        "Non-Disclosure",
        "Each party shall keep confidential the information received from the other, "
        "including data shared during the audit; this obligation ends on expiry of this "
        "letter.",
    ),
    (
        "deviation",
        "confidentiality",
        "medium",
        "during the data audit are not covered",
        "Confidential Information",
        "Both parties shall protect each other's confidential information for three years "
        "after this letter ends, it being understood that files and extracts made available "
        "during the data audit are not covered by this clause.",
    ),
    # --- ip ---
    (
        "deviation",
        "ip",
        "high",
        "remain the property of the Provider",
        "Intellectual Property",
        "The Client owns its raw data and the content generated for it, whereas the "
        "parameters and weights of any model trained or fine-tuned during the project "
        "remain the property of the Provider.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "to improve its general models",
        "Use of Data",
        "The Client retains ownership of its data and datasets; the Provider may however "
        "use them, once anonymised, to improve its general models offered to other "
        "customers.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "for the duration of the subscription",
        "Generated Content",
        "The Client owns its data, prompts and fine-tuned parameters. Content generated by "
        "the solution is licensed to the Client for the duration of the subscription.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "form part of the Provider's know-how",
        "Ownership",
        "Data and datasets belong to BETA Distribution SPA. The prompts, workflows and "
        "configurations designed during the project form part of the Provider's know-how "
        "and are not transferred.",
    ),
    (
        "deviation",
        "ip",
        "high",
        "or developed in the course of the project",
        "Background IP",
        "'Background IP' means all tools, models, prompts and materials used by the "
        "Provider, whether existing before or developed in the course of the project. The "
        "Provider retains all Background IP and grants the Client a licence to use it; the "
        "Client owns its raw data.",
    ),
    # --- governance ---
    (
        "deviation",
        "governance",
        "medium",
        "deemed accepted",
        "Acceptance",
        "The Client's sponsor reviews each deliverable; a deliverable is deemed accepted if "
        "no written objection is received within three working days of its delivery. The "
        "steering committee meets weekly during the POC and monthly afterwards.",
    ),
    (
        "ambiguity",
        "governance",
        "low",
        "meets regularly",
        "Governance",
        "The Client's Sales Director, as sponsor, validates the deliverables. A steering "
        "committee composed of both parties' project managers meets regularly.",
    ),
    (
        "deviation",
        "governance",
        "medium",
        "whose decision shall be final",
        "Project Steering",
        "The Client's sponsor validates the deliverables and the committee meets weekly "
        "during the POC; any disagreement is settled by the Provider's technical director, "
        "whose decision shall be final.",
    ),
    # --- poc ---
    (
        "deviation",
        "poc",
        "high",
        "deemed acceptance of the final solution",
        "Proof of Concept",
        "The six-week POC uses the anonymised conversations and is accepted if 80 % of the "
        "test questions are answered correctly; acceptance of the POC shall constitute "
        "deemed acceptance of the final solution.",
    ),
    (
        "deviation",
        "poc",
        "medium",
        "the project proceeds to deployment",
        "Pilot",
        "The pilot lasts four weeks on the Algiers sales team's leads with an AUC target of "
        "0.75; failing a written no-go within five days of the pilot report, the project "
        "proceeds to deployment and the deployment fee falls due.",
    ),
    (
        "ambiguity",
        "poc",
        "medium",
        "satisfactory results",
        "POC",
        "A proof of concept will be run for six weeks on the Client's CRM data; it will be "
        "accepted if it yields satisfactory results, after which the Client decides on the "
        "next phase.",
    ),
    (
        "deviation",
        "poc",
        "medium",
        "for as long as the Provider deems necessary",
        "Proof of Concept Phase",
        "The POC aims to test OCR extraction on 500 invoices against a 95 % accuracy "
        "threshold and will run for as long as the Provider deems necessary, the Client "
        "then deciding go or no-go in writing.",
    ),
    # --- internal_effort ---
    (
        "ambiguity",
        "internal_effort",
        "medium",
        "all necessary resources",
        "Client Resources",
        "The Client will make available all necessary resources for the success of the "
        "project, in particular for data preparation and user training.",
    ),
    (
        "deviation",
        "internal_effort",
        "medium",
        "without limitation",
        "Client Cooperation",
        "The Client's internal effort is estimated at 20 person-days; in addition, the "
        "Client shall second its IT and sales staff to the Provider as required, without "
        "limitation.",
    ),
    (
        "ambiguity",
        "internal_effort",
        "medium",
        "as needed",
        "Internal Effort",
        "Task | Owner | Person-days\n"
        "Data extraction | IT officer (Client) | 6\n"
        "Data cleaning | Sales assistant (Client) | as needed\n"
        "Training attendance | Twelve agents (Client) | 12",
    ),
    # --- risk_allocation ---
    (
        "deviation",
        "risk_allocation",
        "medium",
        "the Client shall pay for all additional work",
        "Allocation of Risks",
        "Integration overruns beyond the fixed price are borne by the Provider; however, "
        "should the data prove insufficient, the Client shall pay for all additional work "
        "at the Provider's daily rates.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "shall not entitle the Client",
        "Business Results",
        "The Provider commits to the means set out in this letter. Failure to reach the "
        "KPIs shall not entitle the Client to stop the project, suspend payment or "
        "terminate.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "the Client alone shall bear",
        "Compliance Risk",
        "Whatever processing is carried out by either party, the Client alone shall bear "
        "the regulatory compliance risks of the project.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "on a time-and-materials basis",
        "Integration",
        "The fixed price assumes a standard connector to the Client's CRM; integration work "
        "beyond the initial estimate is invoiced on a time-and-materials basis.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "limited to DZD 50,000",
        "Liability",
        "In no event shall either party be liable for indirect loss. The Provider's total "
        "liability under this letter and the project, for any cause, is limited to DZD "
        "50,000.",
    ),
    # --- termination ---
    (
        "deviation",
        "termination",
        "medium",
        "the Provider's native export format",
        "Reversibility",
        "The Client may terminate on 15 days' notice. Upon termination, the Client's data "
        "and models are returned within 20 days in the Provider's native export format.",
    ),
    (
        "deviation",
        "termination",
        "medium",
        "50 % of the remaining contract value",
        "Termination",
        "The Client may terminate at any time on 30 days' notice, subject to paying the "
        "Provider 50 % of the remaining contract value; the Client's data are then returned "
        "in CSV.",
    ),
    (
        "deviation",
        "termination",
        "medium",
        "models and embeddings are not handed over",
        "Exit",
        "On termination, reversibility covers the raw data only, returned in CSV; trained "
        "models and embeddings are not handed over and are deleted by the Provider.",
    ),
    (
        "deviation",
        "termination",
        "medium",
        "Only ALPHA AI Ltd may terminate",
        "Early Termination",
        "Only ALPHA AI Ltd may terminate this letter before its term, on 15 days' notice; "
        "the Client's data are then returned in open formats within 20 days.",
    ),
    # --- data_protection ---
    (
        "deviation",
        "data_protection",
        "high",
        "in the European Union or the United States",
        "Personal Data",
        "The parties comply with Law 18-07. Personal data are hosted on cloud servers "
        "located in the European Union or the United States, with encryption at rest and "
        "role-based access.",
    ),
    (
        "deviation",
        "data_protection",
        "medium",
        "any sub-processor of its choosing",
        "Sub-processing",
        "The Provider processes personal data in Algeria in accordance with Law 18-07 and "
        "may engage any sub-processor of its choosing without informing the Client.",
    ),
    (
        "ambiguity",
        "data_protection",
        "low",
        "appropriate security measures",
        "Security",
        "Personal data are processed in accordance with Law 18-07 and hosted in Algeria; the "
        "Provider implements appropriate security measures.",
    ),
    (
        "deviation",
        "data_protection",
        "medium",
        "comply with the GDPR",
        "Data Protection",
        "For any personal data processed, the parties shall comply with the GDPR; data are "
        "hosted in Algeria and access is restricted to named staff.",
    ),
    # --- binding_effect ---
    (
        "deviation",
        "binding_effect",
        "high",
        "binding on the parties in all its provisions",
        "Binding Effect",
        "This letter is binding on the parties in all its provisions, including the price "
        "schedule and the timeline.",
    ),
    (
        "deviation",
        "binding_effect",
        "high",
        "undertakes to conclude the final contract",
        "Commitment",
        "Apart from the confidentiality clause, this letter is non-binding, save that the "
        "Client undertakes to conclude the final contract on the terms set out above.",
    ),
    (
        "deviation",
        "binding_effect",
        "medium",
        "including the confidentiality undertakings",
        "Legal Nature",
        "No provision of this letter, including the confidentiality undertakings, creates "
        "any legal obligation for either party.",
    ),
    # --- governing_law ---
    (
        "deviation",
        "governing_law",
        "medium",
        "the laws of England and Wales",
        "Governing Law",
        "This letter is governed by the laws of England and Wales. Any dispute is first "
        "submitted to mediation for 30 days.",
    ),
    (
        "deviation",
        "governing_law",
        "medium",
        "seated in Geneva",
        "Disputes",
        "Algerian law applies. Any dispute shall be finally settled under the ICC Rules of "
        "Arbitration by three arbitrators seated in Geneva, in English.",
    ),
    (
        "ambiguity",
        "governing_law",
        "low",
        "the competent courts",
        "Jurisdiction",
        "This letter is governed by Algerian law, and disputes arising from it are brought "
        "before the competent courts.",
    ),
    # --- validity ---
    (
        "deviation",
        "validity",
        "medium",
        "until the final contract is signed",
        "Term",
        "This letter takes effect on signature and remains in force until the final "
        "contract is signed.",
    ),
    (
        "ambiguity",
        "validity",
        "medium",
        "for a reasonable period",
        "Validity",
        "This letter is valid for a reasonable period pending the negotiation of the "
        "definitive agreement.",
    ),
    # --- added clauses (no topic) ---
    (
        "added",
        None,
        "medium",
        "renewed tacitly for successive periods",
        "Duration",
        "This letter is valid for 90 days from signature and is renewed tacitly for "
        "successive periods of three months unless either party objects in writing.",
    ),
    (
        "added",
        None,
        "medium",
        "shall not hire or solicit",
        "Staff",
        "During this letter and for 24 months after it ends, the Client shall not hire or "
        "solicit any employee or consultant of the Provider who took part in the project.",
    ),
    (
        "added",
        None,
        "high",
        "a penalty of DZD 50,000 per day",
        "Client Obligations",
        "The Client shall provide the data extracts by 26 January 2027; any delay in doing "
        "so gives rise to a penalty of DZD 50,000 per day, payable to the Provider on "
        "demand.",
    ),
    (
        "added",
        None,
        "medium",
        "renews automatically for successive 12-month periods",
        "Subscription",
        "After deployment the platform subscription starts for 12 months and renews "
        "automatically for successive 12-month periods unless cancelled 90 days before "
        "expiry.",
    ),
    (
        "added",
        None,
        "low",
        "name and logo as a reference",
        "Publicity",
        "ALPHA AI Ltd may cite BETA Distribution SPA's name and logo as a reference in its "
        "commercial materials and on its website.",
    ),
    (
        "added",
        None,
        "high",
        "a break fee of USD 5,000",
        "Break Fee",
        "Should the Client decide not to sign the final contract for any reason other than "
        "a breach by the Provider, it shall pay the Provider a break fee of USD 5,000.",
    ),
    (
        "added",
        None,
        "medium",
        "a minimum of 50,000 leads",
        "Volume Commitment",
        "The Client commits to purchase a minimum of 50,000 leads per contract year, any "
        "shortfall being invoiced at the unit price.",
    ),
    (
        "added",
        None,
        "high",
        "shall not develop internally",
        "Non-Compete",
        "For three years from signature, the Client shall not develop internally, nor have "
        "developed by a third party, any solution competing with the one described in this "
        "letter.",
    ),
]


# First measure, blind, engine of 85d9d31 + the negation fixes: the cases below were not met;
# strict xfails, removed as the engine meets them.
GOOD_BELOW = {
    "risk_allocation-2",
    "price-2",
    "price-1",
}
TRAPS_BELOW = {
    "internal_effort-3",
    "exclusivity-4",
    "data-2",
    "objective-1",
    "governance-1",
    "success_criteria-1",
    "validity-2",
    "internal_effort-1",
}


@pytest.mark.parametrize("topic, title, text", marked(GOOD, 0, GOOD_BELOW))
def test_good_clause_raises_nothing(topic, title, text):
    assert alarms(title, text, topic, "en") == []


@pytest.mark.parametrize(
    "kind, topic, min_severity, words, title, text", marked(TRAPS, 1, TRAPS_BELOW)
)
def test_trap_is_caught(kind, topic, min_severity, words, title, text):
    if words is not None:
        assert words in text, "battery: the words must be verbatim"
    hit, seen = catches(title, text, kind, topic, min_severity, words, "en")
    assert hit, seen
