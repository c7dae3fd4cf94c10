"""Clause battery 2, French: what a PME's counsel expects of each clause of an AI-project LOI.

Written blind on 2026-11-26 (session 3) by a contracts-lawyer helper session: the author read
only /work/shared/TOPICS.md, the harness (tests/helpers_battery.py) and the head and tail of
tests/test_battery_fr.py, never the tool's source, rulesets, samples or other tests. The
wording is therefore new to the tool: vendors' and counsel's phrasing, passive voice,
negations, exceptions, lists and "Étape | Date | Montant" table rows, the parties named as
in the harness preamble (ALPHA IA SARL « le Prestataire », BETA Distribution SPA « le
Client »).

A well-drafted clause raises nothing at medium or above on its topic; a trap raises a
finding of the right kind, topic and severity that points at the trap's words (None when
the trap is an absence inside a present clause)."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, catches, marked

# (topic, title, text): clauses that meet the PME position of their topic.
GOOD = [
    # --- objective ---
    (
        "objective",
        "Objet",
        "La présente lettre d'intention a pour objet de préparer la mise en place, chez "
        "BETA Distribution SPA, d'un assistant conversationnel destiné à réduire de moitié le "
        "délai de réponse du service après-vente aux réclamations des détaillants.",
    ),
    (
        "objective",
        "Objectif du projet",
        "Le projet poursuit un but unique : porter de 4 % à 6 % le taux de transformation en "
        "commande des demandes de devis reçues sur le site de commande en ligne du Client, au "
        "moyen d'un modèle de notation des prospects fourni et paramétré par ALPHA IA SARL.",
    ),
    (
        "objective",
        "Finalité",
        "Par la présente, les Parties conviennent d'étudier la mise en place d'un outil de "
        "prévision des ventes hebdomadaires par dépôt, afin de réduire les ruptures de stock "
        "et les invendus de produits frais du Client.",
    ),
    # --- scope ---
    (
        "scope",
        "Périmètre",
        "Sont inclus dans le périmètre : les canaux WhatsApp Business et formulaire web ; les "
        "wilayas d'Alger, d'Oran et de Sétif ; les langues française et arabe, y compris la "
        "darija transcrite en caractères latins ; les gammes produits laitiers et boissons. "
        "Les ventes à l'export et la gamme surgelés en sont expressément exclues.",
    ),
    (
        "scope",
        "Périmètre de la mission",
        "La mission porte exclusivement sur le centre d'appels du Client situé à Blida et sur "
        "les tickets rédigés en arabe ou en français concernant les produits de la marque "
        "distribuée en Algérie ; aucun autre site, canal, pays ou produit n'y sera ajouté sans "
        "avenant écrit signé des deux Parties.",
    ),
    # --- deliverables ---
    (
        "deliverables",
        "Livrables",
        "Le Prestataire remettra les livrables suivants : (i) un rapport d'audit des données ; "
        "(ii) un prototype de chatbot au stade de preuve de concept ; (iii) le connecteur entre "
        "le chatbot et le CRM du Client ; (iv) deux sessions de formation des superviseurs ; "
        "(v) une documentation technique et un guide utilisateur, en français et en arabe.",
    ),
    (
        "deliverables",
        "Éléments à remettre",
        "Chacun des éléments suivants — maquette fonctionnelle, moteur OCR paramétré sur les "
        "bons de livraison du Client, interface de validation des champs extraits, manuel "
        "d'exploitation et plan de formation des opérateurs de saisie — est remis séparément "
        "et fait l'objet d'un procès-verbal de recette distinct signé par le Client.",
    ),
    # --- price ---
    (
        "price",
        "Conditions financières",
        "Le prix comprend une partie fixe de 3 200 000 DA HT couvrant le cadrage, le "
        "paramétrage et l'intégration, et une partie variable de 45 DA HT par contact transmis "
        "au service commercial comportant un numéro de téléphone valide et un produit "
        "d'intérêt, le montant total facturé ne pouvant en aucun cas excéder 6 000 000 DA HT "
        "sur la durée du projet. Un acompte de 25 % est versé à la signature du contrat "
        "définitif, 35 % à la livraison du POC et le solde de 40 % à la recette finale "
        "prononcée par le Client ; les factures sont payables à trente jours.",
    ),
    (
        "price",
        "Prix et échéancier",
        "Étape | Date | Montant\n\n"
        "Signature du contrat définitif | 15 janvier 2027 | 1 000 000 DZD HT (acompte)\n\n"
        "Recette du POC | 15 mars 2027 | 1 500 000 DZD HT\n\n"
        "Recette de la mise en production | 30 juin 2027 | 1 500 000 DZD HT (solde)\n\n"
        "La partie variable est fixée à 1 500 DZD HT par mois et par agent du service client "
        "disposant d'un compte nominatif sur l'outil, plafonnée à 900 000 DZD HT par an. Aucun "
        "montant n'est exigible avant la recette de l'étape correspondante.",
    ),
    (
        "price",
        "Conditions financières",
        "Le prix n'est pas forfaitaire : il se décompose en frais de mise en place (1 800 000 "
        "DA HT, dont 30 % d'acompte à la commande et 70 % à la recette) et en une redevance de "
        "4 DA HT par document traité par le moteur OCR, facturée mensuellement à terme échu sur "
        "la base du compteur de l'outil et dans la limite d'un plafond annuel de 1 200 000 DA "
        "HT, au-delà duquel aucune somme n'est due sans avenant.",
    ),
    # --- data ---
    (
        "data",
        "Données",
        "Les données mises à disposition sont : l'export du CRM (environ 85 000 fiches clients, "
        "trois ans d'historique), les commandes de l'ERP depuis janvier 2023 et les "
        "conversations WhatsApp Business des six derniers mois. Le Client signale des doublons "
        "(estimés à 8 % des fiches) et des numéros de téléphone manquants ; la déduplication et "
        "la normalisation des formats sont assurées par le Prestataire, le Client désignant un "
        "référent chargé de l'extraction et de répondre à ses questions.",
    ),
    (
        "data",
        "Hypothèses relatives aux données",
        "Le projet repose sur les hypothèses suivantes : 40 000 bons de livraison numérisés par "
        "an, au format PDF ou JPEG, d'une résolution d'au moins 200 dpi, dont moins de 10 % "
        "comportent des champs illisibles. Le Client extrait les documents de sa GED ; le "
        "Prestataire se charge de leur nettoyage et de leur annotation. Si l'audit fait "
        "apparaître un écart de plus de 20 % par rapport à ces hypothèses, les Parties revoient "
        "ensemble le calendrier, sans surcoût pour le Client.",
    ),
    (
        "data",
        "Sources de données",
        "Seront utilisés : les tickets du centre d'appels (120 000 tickets sur 2024-2026), les "
        "courriels du service client et la base produits de l'ERP. Les champs obligatoires "
        "(date, canal, motif, produit) sont renseignés dans 90 % des tickets selon le sondage "
        "réalisé en octobre 2026. La préparation des données est partagée : extraction par la "
        "DSI du Client, contrôle qualité et mise au format par le Prestataire.",
    ),
    # --- success_criteria ---
    (
        "success_criteria",
        "Critères de succès",
        "Le projet est réputé réussi si, sur les trois mois suivant la mise en production, le "
        "coût d'acquisition par contact commercial baisse d'au moins 15 % par rapport à la "
        "moyenne d'avril à septembre 2026 (1 200 DA), et si la part des contacts convertis en "
        "commande passe de 4 % à 5 % au minimum. Est un contact commercial, au sens du présent "
        "article, toute demande entrante comportant un nom, un numéro de téléphone joignable et "
        "un produit d'intérêt.",
    ),
    (
        "success_criteria",
        "Indicateurs de performance",
        "KPI | Valeur de référence | Cible | Mesure\n\n"
        "Taux de lecture correcte des champs | 71 % (audit d'octobre 2026) | 95 % | échantillon "
        "de 500 bons tirés au sort\n\n"
        "Durée moyenne de saisie d'un bon | 6 minutes | 2 minutes | journal du logiciel de "
        "saisie sur quatre semaines",
    ),
    (
        "success_criteria",
        "KPI",
        "Aucun indicateur n'est réputé atteint sur la seule appréciation du Prestataire. Le "
        "taux de résolution au premier contact, mesuré par l'outil de ticketing du Client, "
        "doit passer de 55 % (moyenne du troisième trimestre 2026) à 70 % ; le délai moyen de "
        "première réponse doit passer de 9 heures à moins de 1 heure. La mesure est faite "
        "conjointement, sur les huit semaines suivant la mise en service.",
    ),
    # --- timeline ---
    (
        "timeline",
        "Calendrier",
        "Les étapes sont fixées comme suit : atelier de cadrage le 7 janvier 2027 ; audit des "
        "données du 10 au 24 janvier 2027 ; POC du 1er février au 15 mars 2027 ; décision de "
        "go/no-go par le comité de pilotage au plus tard le 31 mars 2027 ; déploiement en avril "
        "et mai 2027 ; formation et passation aux équipes du Client avant le 15 juin 2027.",
    ),
    (
        "timeline",
        "Planning prévisionnel",
        "Étape | Date | Responsable\n\n"
        "Atelier de cadrage | 4 janvier 2027 | ALPHA IA SARL\n\n"
        "Audit des données | 18 janvier 2027 | ALPHA IA SARL et DSI du Client\n\n"
        "POC | 1er février au 12 mars 2027 | ALPHA IA SARL\n\n"
        "Décision go/no-go | 19 mars 2027 | Comité de pilotage\n\n"
        "Mise en production | 30 avril 2027 | ALPHA IA SARL\n\n"
        "Formation et passation | 15 mai 2027 | ALPHA IA SARL",
    ),
    # --- exclusivity ---
    (
        "exclusivity",
        "Exclusivité",
        "Pendant quarante-cinq (45) jours à compter de la signature, le Client s'abstient de "
        "négocier avec un autre intégrateur pour le même objet, à condition que le Prestataire "
        "ait, dans les dix jours, affecté au projet un chef de projet et un data scientist "
        "nommément désignés et remis le planning détaillé du POC. L'exclusivité prend fin de "
        "plein droit si le Prestataire manque à l'une de ces obligations, si le POC n'est pas "
        "livré à la date convenue ou dès la notification écrite d'une décision de no-go.",
    ),
    (
        "exclusivity",
        "Négociation exclusive",
        "BETA Distribution SPA consent à ALPHA IA SARL une exclusivité de négociation de trente "
        "jours, non renouvelable sauf accord écrit du Client, subordonnée à l'ouverture "
        "effective de l'environnement de test et à la remise d'un calendrier daté du POC. Le "
        "Client peut y mettre fin à tout moment, sans indemnité, si l'une de ces conditions "
        "n'est pas remplie.",
    ),
    # --- confidentiality ---
    (
        "confidentiality",
        "Confidentialité",
        "Chacune des Parties tient strictement confidentielles les informations de l'autre, y "
        "compris les extraits de bases de données, les échantillons et les résultats d'audit "
        "communiqués pendant la phase d'étude. Cette obligation réciproque survit trois ans à "
        "l'expiration ou à la caducité de la présente lettre, quelle qu'en soit la cause.",
    ),
    (
        "confidentiality",
        "Secret des affaires",
        "Aucune des Parties ne divulguera à un tiers les informations non publiques reçues de "
        "l'autre, sauf si elles sont tombées dans le domaine public sans faute de sa part ou si "
        "leur communication est exigée par une autorité judiciaire ou administrative. "
        "L'engagement demeure en vigueur pendant cinq ans après la fin des discussions, que le "
        "contrat définitif soit conclu ou non, et s'applique notamment aux données clients "
        "transmises pour l'audit.",
    ),
    # --- ip ---
    (
        "ip",
        "Propriété intellectuelle",
        "Le Client demeure seul propriétaire de ses données et acquiert, au fur et à mesure de "
        "leur création, les jeux de données préparés, les prompts, les paramètres et poids des "
        "modèles ajustés sur ses données ainsi que les contenus générés. ALPHA IA SARL conserve "
        "la propriété de ses outils et bibliothèques préexistants, sur lesquels elle concède au "
        "Client une licence non exclusive, perpétuelle et sans redevance pour ses besoins "
        "internes.",
    ),
    (
        "ip",
        "Droits sur les résultats",
        "Les contenus produits par l'outil de génération (fiches produits, publications, "
        "visuels) appartiennent à BETA Distribution SPA, qui peut les exploiter librement. Il "
        "en va de même des corpus annotés et des modèles entraînés ou affinés à partir des "
        "données du Client. Les composants logiciels antérieurs au projet restent la propriété "
        "du Prestataire ; le Client en reçoit un droit d'utilisation non exclusif, sans "
        "redevance supplémentaire, pour toute la durée d'exploitation de la solution.",
    ),
    # --- governance ---
    (
        "governance",
        "Gouvernance",
        "Le Client désigne son directeur commercial comme sponsor du projet ; celui-ci valide "
        "les livrables et arbitre les désaccords. Un comité de pilotage réunissant le sponsor, "
        "le chef de projet du Prestataire et le DSI du Client se tient chaque semaine pendant "
        "le POC, puis une fois par mois jusqu'à la fin du déploiement.",
    ),
    (
        "governance",
        "Pilotage du projet",
        "Le projet est piloté, pour BETA Distribution SPA, par la directrice de la relation "
        "client, sponsor, seule habilitée à prononcer la recette des livrables. Les différends "
        "sont tranchés par le directeur général du Client après avis du comité, lequel se "
        "réunit hebdomadairement durant la preuve de concept et mensuellement ensuite ; un "
        "compte rendu est diffusé sous 48 heures.",
    ),
    # --- poc ---
    (
        "poc",
        "Preuve de concept",
        "Le POC vise à démontrer que le modèle de prévision atteint une erreur moyenne absolue "
        "inférieure à 12 % sur quatre semaines de ventes des dépôts d'Alger et d'Oran. Il dure "
        "six semaines et exploite les historiques de ventes 2023-2026 extraits de l'ERP. Il est "
        "accepté si ce seuil est atteint sur la période de test ; la décision de go/no-go est "
        "prise par le Client dans les dix jours suivant la restitution. Le POC est un prototype "
        "et ne constitue pas le produit final.",
    ),
    (
        "poc",
        "POC",
        "Objectif : vérifier que le chatbot répond correctement à au moins 80 % d'un jeu de 200 "
        "questions de test rédigées par le service client.\n\n"
        "Durée : cinq semaines.\n\n"
        "Données : FAQ existante et 3 000 conversations anonymisées.\n\n"
        "Acceptation : procès-verbal signé par le sponsor si le seuil de 80 % est atteint.\n\n"
        "Décision : go/no-go du Client au plus tard dix jours après la démonstration. Le POC ne "
        "préjuge pas de la solution définitive, qui fera l'objet d'un cahier des charges "
        "distinct.",
    ),
    # --- internal_effort ---
    (
        "internal_effort",
        "Charge interne",
        "La contribution du Client est estimée à 22 jours-homme : 8 jours pour l'extraction et "
        "le nettoyage des données (DSI), 6 jours pour la revue des processus de vente "
        "(direction commerciale), 5 jours pour la formation des utilisateurs clés et 3 jours "
        "pour la rédaction des réponses types (service client). Tout dépassement de plus de "
        "10 % de cette estimation est signalé en comité et ne peut être imposé sans l'accord du "
        "sponsor.",
    ),
    (
        "internal_effort",
        "Ressources du Client",
        "Ressource | Rôle | Charge estimée\n\n"
        "Référent données (DSI) | extraction et contrôle qualité | 10 jours-homme\n\n"
        "Chef de produit | validation des contenus générés | 4 jours-homme\n\n"
        "Superviseurs SAV | tests, conduite du changement et formation | 6 jours-homme au total",
    ),
    # --- risk_allocation ---
    (
        "risk_allocation",
        "Répartition des risques",
        "Si les données se révèlent insuffisantes en volume ou en qualité, le Prestataire le "
        "signale au plus tard à l'issue de l'audit et le Client peut renoncer au projet sans "
        "autre frais que le prix de l'audit. Les dépassements liés à l'intégration avec l'ERP "
        "sont supportés par le Prestataire. La conformité des traitements qu'il réalise à la "
        "loi 18-07 incombe au Prestataire. La non-atteinte des résultats commerciaux visés "
        "n'entraîne aucune somme à la charge du Client et lui ouvre la sortie prévue à "
        "l'article Résiliation. Aucun format propriétaire n'est imposé, afin de prévenir toute "
        "dépendance.",
    ),
    (
        "risk_allocation",
        "Risques et responsabilités",
        "La responsabilité de chaque Partie est limitée au montant total du prix du contrat, "
        "sauf faute lourde ou dolosive. Le risque de dépassement des coûts d'intégration "
        "incombe au Prestataire, engagé sur un prix ferme. Le Client répond de l'exactitude des "
        "données qu'il fournit, étant entendu que le Prestataire en vérifie la cohérence lors "
        "de l'audit. Le risque de dépendance technologique est écarté par la remise du code et "
        "des modèles dans des formats ouverts.",
    ),
    # --- termination ---
    (
        "termination",
        "Résiliation et réversibilité",
        "Le Client peut mettre fin au projet à l'issue du POC, par simple lettre, sans autre "
        "indemnité que le paiement des prestations réalisées. À la fin du contrat, pour "
        "quelque cause que ce soit, le Prestataire restitue sous trente jours l'ensemble des "
        "données, des jeux de données préparés et des modèles entraînés, dans des formats "
        "ouverts et documentés (CSV, JSON, ONNX), puis détruit ses copies et en atteste par "
        "écrit.",
    ),
    (
        "termination",
        "Sortie",
        "Chacune des Parties peut résilier le contrat en cas de manquement grave de l'autre non "
        "réparé dans les quinze jours d'une mise en demeure ; le Client peut en outre y mettre "
        "fin à chaque échéance annuelle moyennant un préavis de deux mois. Le Prestataire prête "
        "gratuitement son concours à la transition vers un autre prestataire pendant soixante "
        "jours et remet les données et modèles dans des formats standards ouverts. La "
        "restitution n'est subordonnée au paiement d'aucun frais de sortie.",
    ),
    # --- data_protection ---
    (
        "data_protection",
        "Données personnelles",
        "Les traitements de données à caractère personnel réalisés pour le projet sont "
        "conformes à la loi n° 18-07 du 10 juin 2018 ; le Client, responsable du traitement, "
        "accomplit les formalités auprès de l'ANPDP. Les données sont hébergées en Algérie et "
        "ne font l'objet d'aucun transfert à l'étranger. L'accès est réservé aux personnes "
        "nommément habilitées et journalisé ; les données sont chiffrées au repos et en "
        "transit.",
    ),
    (
        "data_protection",
        "Sécurité et protection des données",
        "ALPHA IA SARL agit en qualité de sous-traitant au sens de la loi 18-07 : elle ne traite "
        "les données que sur instruction du Client et aux seules fins du projet, et ne les "
        "utilisera en aucun cas pour entraîner des modèles destinés à d'autres clients. Les "
        "serveurs sont situés à Alger ; les habilitations sont revues chaque mois et toute "
        "violation est notifiée au Client sous 72 heures. Les droits d'accès, de rectification "
        "et d'opposition des personnes concernées s'exercent auprès du Client, avec "
        "l'assistance du Prestataire.",
    ),
    # --- binding_effect ---
    (
        "binding_effect",
        "Portée de la lettre",
        "La présente lettre ne crée aucune obligation de conclure le contrat définitif. Seuls "
        "les articles Confidentialité, Exclusivité et Droit applicable lient les Parties ; "
        "toutes les autres stipulations, notamment le prix et le calendrier, n'ont qu'une "
        "valeur indicative.",
    ),
    (
        "binding_effect",
        "Caractère non contraignant",
        "À l'exception des stipulations relatives à la confidentialité, à l'exclusivité de "
        "négociation et au règlement des litiges, qui ont force obligatoire, la présente lettre "
        "exprime une intention commune et n'oblige aucune des Parties à contracter. Aucune "
        "Partie ne pourra réclamer à l'autre une quelconque indemnité du seul fait que le "
        "contrat définitif n'aura pas été conclu.",
    ),
    # --- governing_law ---
    (
        "governing_law",
        "Droit applicable et litiges",
        "La présente lettre est régie par le droit algérien. Tout différend relatif à son "
        "interprétation ou à son exécution est d'abord soumis à une médiation de trente jours ; "
        "à défaut d'accord, il est porté devant le tribunal compétent d'Alger.",
    ),
    (
        "governing_law",
        "Règlement des différends",
        "Les Parties rechercheront d'abord une solution amiable entre leurs directions "
        "générales. À défaut d'accord dans les quarante-cinq jours, le litige sera tranché par "
        "voie d'arbitrage selon le règlement du centre d'arbitrage de la Chambre algérienne de "
        "commerce et d'industrie (CACI), par un arbitre unique siégeant à Alger, en langue "
        "française, le droit algérien étant seul applicable.",
    ),
    # --- validity ---
    (
        "validity",
        "Durée de validité",
        "La présente lettre prend effet à sa signature et demeure valable jusqu'au 31 mars "
        "2027. Faute de signature du contrat définitif à cette date, elle devient caduque de "
        "plein droit, sans indemnité de part ni d'autre, seule l'obligation de confidentialité "
        "survivant.",
    ),
    (
        "validity",
        "Validité",
        "Cette lettre d'intention est valable quatre-vingt-dix jours à compter de sa dernière "
        "signature. Elle cesse de produire effet à l'expiration de ce délai si aucun contrat "
        "n'a été signé, sauf prorogation écrite acceptée par les deux Parties.",
    ),
]

# (kind, topic, min_severity, words, title, text): each clause hides ONE problem; `words`
# is a verbatim substring pointing at it (None: an absence inside a present clause).
TRAPS = [
    # --- objective ---
    (
        "ambiguity",
        "objective",
        "medium",
        "accompagner la transformation digitale",
        "Objet",
        "La présente lettre a pour objet d'accompagner la transformation digitale de BETA "
        "Distribution SPA par le recours à l'intelligence artificielle, dans les conditions "
        "exposées ci-après.",
    ),
    (
        "ambiguity",
        "objective",
        "medium",
        "gains substantiels",
        "Objectif",
        "Le projet, conduit par ALPHA IA SARL avec l'appui des équipes commerciales du Client, "
        "a pour objectif de générer des gains substantiels sur l'ensemble de la chaîne de "
        "distribution, du référencement des produits jusqu'à la relation avec les détaillants.",
    ),
    # --- scope ---
    (
        "deviation",
        "scope",
        "medium",
        "étendu par le Prestataire",
        "Périmètre",
        "Le périmètre initial couvre le canal WhatsApp Business, la wilaya d'Alger et les "
        "langues française et arabe ; il pourra être étendu par le Prestataire à d'autres "
        "canaux, régions ou langues lorsqu'il l'estime utile au bon fonctionnement de la "
        "solution, les prestations correspondantes étant facturées au tarif en vigueur.",
    ),
    (
        "ambiguity",
        "scope",
        "medium",
        "canaux digitaux pertinents",
        "Périmètre",
        "La solution sera déployée sur l'ensemble des canaux digitaux pertinents du Client, "
        "pour la gamme des produits laitiers, en français et en arabe.",
    ),
    # --- deliverables ---
    (
        "deviation",
        "deliverables",
        "medium",
        "précisés ultérieurement par le Prestataire",
        "Livrables",
        "Outre le rapport de cadrage remis à l'issue de l'atelier initial, les livrables du "
        "projet seront précisés ultérieurement par le Prestataire en fonction de l'avancement "
        "des travaux et des résultats du POC.",
    ),
    (
        "deviation",
        "deliverables",
        "medium",
        "ne font pas partie des livrables",
        "Livrables",
        "Le Prestataire livre un POC du moteur de notation, l'intégration avec le CRM et une "
        "journée de formation des commerciaux ; il est précisé que la documentation technique "
        "et les scripts d'intégration ne font pas partie des livrables et restent dans "
        "l'environnement du Prestataire.",
    ),
    (
        "ambiguity",
        "deliverables",
        "medium",
        "solution clé en main",
        "Livrables",
        "ALPHA IA SARL s'engage à fournir au Client une solution clé en main de traitement "
        "automatisé des bons de livraison, prête à l'emploi dès sa mise en service.",
    ),
    (
        "deviation",
        "deliverables",
        "low",
        "facturée en sus",
        "Livrables",
        "Les livrables sont : (i) le rapport d'audit ; (ii) le prototype de génération de "
        "fiches produits ; (iii) l'intégration au site e-commerce ; (iv) la documentation "
        "utilisateur. La formation des équipes du Client, si elle est demandée, est facturée "
        "en sus.",
    ),
    # --- price ---
    (
        "deviation",
        "price",
        "medium",
        "forfait global",
        "Conditions financières",
        "En contrepartie de l'ensemble des prestations décrites dans la présente lettre, "
        "qu'il s'agisse du cadrage, de l'audit, du POC, de l'intégration, de la formation ou "
        "du support, le Client versera au Prestataire un forfait global de 9 500 000 DA HT, "
        "payable selon l'échéancier convenu au contrat.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "en totalité à la commande",
        "Modalités de paiement",
        "Le prix comprend une partie fixe de 2 400 000 DA HT (paramétrage et intégration) et "
        "une partie variable de 30 DA HT par document traité, plafonnée à 800 000 DA HT par "
        "an ; la partie fixe est payable en totalité à la commande, la partie variable "
        "mensuellement à terme échu.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "sans plafond",
        "Partie variable",
        "Outre la partie fixe de 1 500 000 DA HT, payable 30 % à la signature et 70 % à la "
        "recette, le Prestataire perçoit 2 % du montant des commandes passées par les "
        "prospects orientés par l'outil de notation, calculés mensuellement sur l'extraction "
        "de l'ERP du Client, sans plafond.",
    ),
    (
        "ambiguity",
        "price",
        "medium",
        "par lead qualifié",
        "Prix",
        "La partie fixe s'élève à 1 200 000 DA HT, payable à la recette du POC ; la partie "
        "variable est de 150 DA HT par lead qualifié, dans la limite de 600 000 DA HT par "
        "trimestre.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "réviser ses tarifs à tout moment",
        "Conditions financières",
        "Les frais de mise en place sont de 2 000 000 DA HT (30 % à la commande, solde à la "
        "recette) et l'abonnement de 90 000 DA HT par mois ; le Prestataire se réserve "
        "toutefois le droit de réviser ses tarifs à tout moment, la révision s'appliquant dès "
        "la facture suivante.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "non remboursable",
        "Échéancier",
        "Étape | Date | Montant\n\n"
        "Signature de la présente lettre | à la signature | 2 000 000 DA HT, non remboursable\n\n"
        "Livraison du POC | 15 mars 2027 | 1 000 000 DA HT\n\n"
        "Recette finale | 30 juin 2027 | 1 000 000 DA HT",
    ),
    (
        "ambiguity",
        "price",
        "medium",
        "par utilisateur actif",
        "Prix",
        "Frais d'intégration : 1 600 000 DA HT, dont 25 % d'acompte et le solde à la recette. "
        "Licence : 2 500 DA HT par mois et par utilisateur actif, le total annuel ne pouvant "
        "dépasser 1 800 000 DA HT.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "que la recette ait été prononcée ou non",
        "Conditions de paiement",
        "Le prix fixe de 3 000 000 DA HT est réglé en trois fractions : 25 % à la signature du "
        "contrat, 35 % à la remise du POC et le solde de 40 % à la livraison de la solution, "
        "que la recette ait été prononcée ou non ; la partie variable (20 DA HT par "
        "conversation traitée) est plafonnée à 500 000 DA HT par an.",
    ),
    # --- data ---
    (
        "deviation",
        "data",
        "medium",
        "incombent exclusivement au Client",
        "Données",
        "Les sources sont le CRM (60 000 fiches, deux ans d'historique) et l'ERP (commandes "
        "depuis 2024). L'extraction, le dédoublonnage, le nettoyage et la mise au format des "
        "données, quel qu'en soit le volume, incombent exclusivement au Client, qui les livre "
        "au Prestataire prêtes à l'emploi.",
    ),
    (
        "ambiguity",
        "data",
        "medium",
        "qualité suffisante",
        "Hypothèses",
        "Le Client fournira les historiques de ventes de ses douze dépôts, extraits de l'ERP, "
        "sur les trois dernières années, dans une qualité suffisante pour l'entraînement du "
        "modèle.",
    ),
    (
        "deviation",
        "data",
        "medium",
        "garantit l'exhaustivité et l'exactitude",
        "Données et hypothèses",
        "Les données transmises comprennent 25 000 conversations WhatsApp Business et l'export "
        "du CRM ; le Prestataire en assure la préparation. Le Client garantit l'exhaustivité et "
        "l'exactitude de l'ensemble de ces données, ainsi que leur aptitude à l'usage envisagé.",
    ),
    # --- success_criteria ---
    (
        "ambiguity",
        "success_criteria",
        "medium",
        "amélioration significative",
        "Critères de succès",
        "Le succès du projet sera apprécié au regard d'une amélioration significative de la "
        "satisfaction des détaillants, constatée lors du comité de clôture.",
    ),
    (
        "deviation",
        "success_criteria",
        "medium",
        "selon sa propre méthodologie",
        "KPI",
        "Le taux de réponse automatique doit passer de 0 % à 60 % et le délai moyen de réponse "
        "de 8 heures à 15 minutes, ces indicateurs étant calculés par le Prestataire selon sa "
        "propre méthodologie, dont les résultats font foi entre les Parties.",
    ),
    (
        "deviation",
        "success_criteria",
        "medium",
        "réputés atteints",
        "Critères d'acceptation",
        "Le taux d'extraction correcte des champs visé est de 95 %, contre 70 % aujourd'hui ; "
        "les critères sont réputés atteints si le Client n'a pas formulé d'objection écrite "
        "dans les cinq jours ouvrés suivant la démonstration.",
    ),
    (
        "ambiguity",
        "success_criteria",
        "medium",
        "gain de productivité",
        "Indicateurs",
        "L'indicateur principal est le gain de productivité des équipes de saisie, le projet "
        "étant considéré comme réussi à partir de 30 %.",
    ),
    # --- timeline ---
    (
        "ambiguity",
        "timeline",
        "medium",
        "dans des délais raisonnables",
        "Calendrier",
        "Les travaux débuteront par un atelier de cadrage le 11 janvier 2027 ; l'audit, le POC "
        "et le déploiement s'enchaîneront ensuite dans des délais raisonnables, compte tenu de "
        "la disponibilité des équipes.",
    ),
    (
        "deviation",
        "timeline",
        "medium",
        "fixée d'un commun accord après le POC",
        "Planning",
        "Atelier de cadrage le 4 janvier 2027, audit des données jusqu'au 22 janvier, POC du "
        "1er février au 15 mars 2027, déploiement au deuxième trimestre. La date de la décision "
        "de go/no-go sera fixée d'un commun accord après le POC.",
    ),
    (
        "deviation",
        "timeline",
        "medium",
        "décalées par le Prestataire",
        "Calendrier",
        "Cadrage : 7 janvier 2027 ; audit : 21 janvier 2027 ; POC : 1er février au 12 mars "
        "2027 ; go/no-go : 19 mars 2027 ; mise en production : 30 avril 2027. Ces dates sont "
        "indicatives et peuvent être décalées par le Prestataire sans préavis.",
    ),
    (
        "deviation",
        "timeline",
        "medium",
        "à définir",
        "Planning",
        "Étape | Date\n\n"
        "Atelier de cadrage | 11 janvier 2027\n\n"
        "Audit des données | 25 janvier 2027\n\n"
        "POC | à définir\n\n"
        "Formation | à l'issue du déploiement",
    ),
    # --- exclusivity ---
    (
        "deviation",
        "exclusivity",
        "high",
        "douze (12) mois",
        "Exclusivité",
        "En considération des investissements consentis par ALPHA IA SARL pour préparer le "
        "POC, le Client lui réserve l'exclusivité des discussions portant sur le projet "
        "pendant douze (12) mois, sous réserve de la remise du planning et de l'affectation "
        "d'un chef de projet dédié, le Client pouvant y mettre fin en cas de manquement.",
    ),
    (
        "deviation",
        "exclusivity",
        "medium",
        None,
        "Exclusivité",
        "Le Client s'interdit, pendant soixante jours à compter de la signature de la présente "
        "lettre, de consulter ou de négocier avec tout autre prestataire pour un projet de même "
        "objet.",
    ),
    (
        "deviation",
        "exclusivity",
        "medium",
        "tout projet d'intelligence artificielle",
        "Exclusivité",
        "Pendant quarante-cinq jours, sous réserve que le Prestataire donne accès à "
        "l'environnement de test et respecte le planning du POC, faute de quoi le Client "
        "recouvre sa liberté, l'exclusivité s'étend à tout projet d'intelligence artificielle, "
        "de données ou de digitalisation du Client.",
    ),
    (
        "deviation",
        "exclusivity",
        "medium",
        "prorogée automatiquement",
        "Négociation exclusive",
        "Le Client accorde au Prestataire une exclusivité de trente jours, conditionnée à la "
        "remise du calendrier du POC, laquelle est prorogée automatiquement par périodes "
        "successives de trente jours tant que les négociations se poursuivent.",
    ),
    # --- confidentiality ---
    (
        "deviation",
        "confidentiality",
        "medium",
        "Le Client s'engage à garder confidentielles",
        "Confidentialité",
        "Le Client s'engage à garder confidentielles les informations techniques, commerciales "
        "et tarifaires communiquées par le Prestataire, y compris après l'expiration de la "
        "présente lettre, pendant une durée de trois ans.",
    ),
    (
        "deviation",
        "confidentiality",
        "medium",
        "prend fin à l'expiration",
        "Confidentialité",
        "Les Parties s'engagent réciproquement à ne pas divulguer les informations échangées, "
        "y compris les données transmises pour l'audit ; cette obligation prend fin à "
        "l'expiration de la présente lettre.",
    ),
    (
        "deviation",
        "confidentiality",
        "high",
        "données transmises pour les besoins de l'audit",
        "Confidentialité",
        "Chaque Partie s'engage, pendant cinq ans, à ne pas divulguer les informations de "
        "l'autre ; ne sont toutefois pas considérées comme confidentielles les informations "
        "déjà publiques ni les données transmises pour les besoins de l'audit.",
    ),
    # --- ip ---
    (
        "deviation",
        "ip",
        "high",
        "demeurent la propriété exclusive du Prestataire",
        "Propriété intellectuelle",
        "Le Client reste propriétaire de ses données brutes et des contenus générés ; en "
        "revanche, les modèles entraînés ou ajustés sur ces données, y compris leurs "
        "paramètres, demeurent la propriété exclusive du Prestataire.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "restent acquis à ALPHA IA SARL",
        "Propriété des résultats",
        "Appartiennent au Client : ses données, les jeux de données préparés, les modèles "
        "affinés et les contenus générés, à l'exception des prompts et gabarits de requêtes "
        "conçus pendant le projet, qui restent acquis à ALPHA IA SARL.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "pour l'amélioration de ses produits",
        "Propriété intellectuelle",
        "Le Client est propriétaire de ses données et des résultats du projet. Le Prestataire "
        "est néanmoins autorisé à réutiliser ces données et jeux de données, sous forme "
        "anonymisée, pour l'amélioration de ses produits.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "révocable à tout moment",
        "Outils préexistants",
        "Les données, prompts, modèles ajustés et contenus générés appartiennent au Client. Le "
        "Prestataire conserve ses outils préexistants et en concède au Client une licence non "
        "exclusive, révocable à tout moment par le Prestataire.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "concédés au Client sous licence",
        "Contenus générés",
        "Les fiches produits, textes et visuels produits par la solution de génération sont "
        "concédés au Client sous licence d'utilisation pour la durée du contrat ; les données "
        "et jeux de données du Client restent sa propriété.",
    ),
    # --- governance ---
    (
        "deviation",
        "governance",
        "medium",
        "prononcée par le chef de projet du Prestataire",
        "Gouvernance",
        "Le Client désigne son directeur marketing comme sponsor. Un comité se réunit chaque "
        "semaine pendant le POC puis chaque mois ; la validation des livrables est prononcée "
        "par le chef de projet du Prestataire, le comité en étant informé.",
    ),
    # vague wording (TOPICS.md: like « dans les meilleurs délais »), as the gold letters
    # read it (v5, a3, e6, n14); this battery said deviation until session 6
    (
        "ambiguity",
        "governance",
        "low",
        "en tant que de besoin",
        "Pilotage",
        "Le sponsor du projet est le directeur commercial du Client, qui valide les livrables "
        "et arbitre les désaccords ; le comité de pilotage se réunit en tant que de besoin.",
    ),
    (
        "deviation",
        "governance",
        "medium",
        "la décision finale revient à ALPHA IA SARL",
        "Gouvernance",
        "Le comité de pilotage, présidé par le sponsor désigné par le Client, se tient "
        "hebdomadairement pendant le POC et mensuellement ensuite ; en cas de désaccord sur un "
        "choix technique ou sur la conformité d'un livrable, la décision finale revient à ALPHA "
        "IA SARL.",
    ),
    # --- poc ---
    (
        "deviation",
        "poc",
        "medium",
        "le passage en phase de déploiement est automatique",
        "POC",
        "Le POC dure six semaines, porte sur 2 000 tickets du SAV et est accepté si 75 % des "
        "réponses proposées sont jugées correctes par les superviseurs. À son issue, le passage "
        "en phase de déploiement est automatique, sauf opposition du Client notifiée sous "
        "48 heures.",
    ),
    (
        "deviation",
        "poc",
        "medium",
        None,
        "Preuve de concept",
        "Le POC, d'une durée de huit semaines, portera sur les données de ventes des dépôts "
        "d'Alger et de Blida et donnera lieu à une démonstration devant la direction du Client.",
    ),
    (
        "deviation",
        "poc",
        "medium",
        "constitue la version définitive",
        "POC",
        "Le POC a pour objectif de valider la lecture automatique des factures fournisseurs "
        "(taux cible : 90 %) sur quatre semaines ; une fois validé, il constitue la version "
        "définitive de la solution et est mis en production en l'état.",
    ),
    (
        "ambiguity",
        "poc",
        "medium",
        "résultats satisfaisants",
        "Preuve de concept",
        "Le POC utilisera les conversations WhatsApp Business des trois derniers mois et se "
        "poursuivra jusqu'à l'obtention de résultats satisfaisants, la décision de go/no-go "
        "étant prise ensuite par le Client.",
    ),
    # --- internal_effort ---
    (
        "ambiguity",
        "internal_effort",
        "medium",
        "les ressources nécessaires",
        "Charge interne",
        "Le Client mobilisera les ressources nécessaires à la réussite du projet, notamment "
        "auprès de sa DSI et de son service client.",
    ),
    (
        "deviation",
        "internal_effort",
        "medium",
        "sans limitation de durée",
        "Ressources du Client",
        "La charge du Client est estimée à 15 jours-homme (extraction des données, tests, "
        "formation) ; toute charge complémentaire demandée par le Prestataire est fournie par "
        "le Client sans limitation de durée.",
    ),
    # --- risk_allocation ---
    (
        "deviation",
        "risk_allocation",
        "medium",
        "restent intégralement dues",
        "Répartition des risques",
        "Les dépassements d'intégration sont à la charge du Prestataire et la conformité à la "
        "loi 18-07 relève de chaque Partie pour ses propres traitements ; si les données "
        "fournies se révèlent insuffisantes, les prestations restent intégralement dues, "
        "quel que soit le stade du projet.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "facturés en régie",
        "Risques",
        "Le risque d'insuffisance des données est traité lors de l'audit, le Client pouvant "
        "alors renoncer sans frais. Les dépassements liés à l'intégration avec les systèmes du "
        "Client sont facturés en régie au tarif journalier du Prestataire.",
    ),
    (
        "deviation",
        "risk_allocation",
        "high",
        "y compris ceux réalisés par le Prestataire",
        "Responsabilités",
        "Le Client garantit le Prestataire contre toute réclamation ou sanction relative à la "
        "conformité des traitements de données personnelles, y compris ceux réalisés par le "
        "Prestataire pour les besoins du projet.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "limitée à 10 % des sommes",
        "Limitation de responsabilité",
        "Sauf faute lourde, la responsabilité totale du Prestataire, toutes causes confondues, "
        "est limitée à 10 % des sommes effectivement versées au cours des trois derniers mois.",
    ),
    # --- termination ---
    (
        "deviation",
        "termination",
        "medium",
        "format natif de la plateforme",
        "Réversibilité",
        "En fin de contrat, quelle qu'en soit la cause, les données du Client lui sont "
        "restituées dans un délai d'un mois, dans le format natif de la plateforme du "
        "Prestataire.",
    ),
    (
        "deviation",
        "termination",
        "medium",
        "à l'exclusion des modèles entraînés",
        "Réversibilité",
        "La réversibilité porte sur les données du Client, remises en CSV sous trente jours, "
        "à l'exclusion des modèles entraînés et des jeux de données préparés.",
    ),
    (
        "deviation",
        "termination",
        "high",
        "ne pourra être résilié avant le terme",
        "Résiliation",
        "Le contrat définitif sera conclu pour une période initiale de trente-six mois et ne "
        "pourra être résilié avant le terme de cette période, sauf faute grave du Prestataire "
        "judiciairement constatée.",
    ),
    (
        "deviation",
        "termination",
        "low",
        "facturée selon devis",
        "Sortie",
        "Le Client peut résilier à l'issue du POC sans indemnité. Les données et modèles lui "
        "sont restitués en formats ouverts ; l'assistance à la réversibilité est facturée "
        "selon devis du Prestataire.",
    ),
    # --- data_protection ---
    (
        "deviation",
        "data_protection",
        "high",
        "dans l'Union européenne ou aux États-Unis",
        "Données personnelles",
        "Les traitements respectent la loi 18-07 ; les accès sont nominatifs et journalisés ; "
        "les données sont hébergées sur des serveurs du Prestataire situés dans l'Union "
        "européenne ou aux États-Unis.",
    ),
    (
        "ambiguity",
        "data_protection",
        "medium",
        "conformes aux usages",
        "Sécurité",
        "Le Prestataire met en œuvre des mesures de sécurité conformes aux usages afin de "
        "protéger les données du Client, hébergées en Algérie et traitées dans le respect de la "
        "loi 18-07.",
    ),
    (
        "deviation",
        "data_protection",
        "high",
        "sans information préalable du Client",
        "Sous-traitance des données",
        "Les données sont hébergées à Alger et traitées conformément à la loi 18-07 ; le "
        "Prestataire peut toutefois recourir à tout sous-traitant de son choix, y compris hors "
        "d'Algérie, sans information préalable du Client.",
    ),
    (
        "deviation",
        "data_protection",
        "medium",
        "Règlement général sur la protection des données",
        "Données personnelles",
        "Les traitements de données à caractère personnel respectent le Règlement général sur "
        "la protection des données (RGPD) de l'Union européenne ; les données sont hébergées en "
        "Algérie et l'accès en est réservé aux personnes habilitées.",
    ),
    # --- binding_effect ---
    (
        "deviation",
        "binding_effect",
        "high",
        "engage fermement les Parties",
        "Portée",
        "La présente lettre d'intention vaut accord des Parties et engage fermement les "
        "Parties dans l'ensemble de ses stipulations, y compris le prix et le calendrier.",
    ),
    (
        "deviation",
        "binding_effect",
        "high",
        "s'engage à conclure le contrat définitif",
        "Caractère obligatoire",
        "Seules la confidentialité, l'exclusivité et la loi applicable lient les Parties ; "
        "toutefois, si le POC est accepté, le Client s'engage à conclure le contrat définitif "
        "aux conditions financières ci-dessus.",
    ),
    (
        "ambiguity",
        "binding_effect",
        "medium",
        "stipulations essentielles",
        "Portée de la lettre",
        "Les stipulations essentielles de la présente lettre ont force obligatoire ; les "
        "autres n'ont qu'une valeur indicative.",
    ),
    # --- governing_law ---
    (
        "deviation",
        "governing_law",
        "medium",
        "tribunal de commerce de Paris",
        "Droit applicable",
        "La présente lettre est régie par le droit algérien ; tout litige relatif à sa "
        "validité, son interprétation ou son exécution relève de la compétence exclusive du "
        "tribunal de commerce de Paris.",
    ),
    (
        "deviation",
        "governing_law",
        "medium",
        "désigné par le Prestataire",
        "Litiges",
        "Le droit algérien s'applique. À défaut de règlement amiable sous trente jours, le "
        "différend est soumis à un arbitre unique désigné par le Prestataire.",
    ),
    # --- validity ---
    (
        "deviation",
        "validity",
        "medium",
        "jusqu'à la signature du contrat définitif",
        "Durée",
        "La présente lettre entre en vigueur à la date de sa signature et demeure en vigueur "
        "jusqu'à la signature du contrat définitif.",
    ),
    (
        "ambiguity",
        "validity",
        "medium",
        "une durée raisonnable",
        "Validité",
        "La présente lettre d'intention reste valable pendant une durée raisonnable permettant "
        "la finalisation des négociations, après quoi elle deviendra caduque.",
    ),
    # --- added clauses (no counterpart in a PME-friendly LOI) ---
    (
        "added",
        None,
        "medium",
        "de solliciter ou d'embaucher",
        "Dispositions diverses",
        "Les Parties se tiendront mutuellement informées de l'avancement des discussions. Le "
        "Client s'interdit, pendant vingt-quatre mois suivant la fin des discussions, de "
        "solliciter ou d'embaucher, directement ou indirectement, tout collaborateur du "
        "Prestataire ayant participé au projet.",
    ),
    (
        "added",
        None,
        "medium",
        "pénalité de 50 000 DA par jour",
        "Données",
        "Le Client transmet au Prestataire les exports du CRM et de l'ERP au plus tard le "
        "15 janvier 2027 ; tout retard dans cette transmission donnera lieu à une pénalité de "
        "50 000 DA par jour calendaire.",
    ),
    (
        "added",
        None,
        "medium",
        "tacite reconduction",
        "Durée de l'abonnement",
        "L'abonnement à la plateforme est souscrit pour une durée d'un an à compter de la mise "
        "en production ; il se renouvelle par tacite reconduction pour des périodes "
        "successives d'un an.",
    ),
    (
        "added",
        None,
        "high",
        "indemnité forfaitaire de 1 500 000 DA",
        "Absence de contrat définitif",
        "Si, pour quelque raison que ce soit, le Client ne conclut pas le contrat définitif à "
        "l'issue du POC, il versera au Prestataire une indemnité forfaitaire de 1 500 000 DA "
        "au titre des frais d'étude engagés.",
    ),
    (
        "added",
        None,
        "medium",
        "indemnité de sortie égale à six mois",
        "Résiliation",
        "Le Client peut résilier l'abonnement moyennant un préavis de trois mois ; une "
        "indemnité de sortie égale à six mois d'abonnement est alors exigible.",
    ),
    (
        "added",
        None,
        "low",
        "à titre de référence commerciale",
        "Communication",
        "Dès la signature de la présente lettre, le Prestataire est autorisé à citer le nom et "
        "le logo de BETA Distribution SPA à titre de référence commerciale sur tout support.",
    ),
    (
        "added",
        None,
        "low",
        "intérêts de retard au taux de 2 %",
        "Retard de paiement",
        "Toute somme non réglée à son échéance porte de plein droit intérêts de retard au taux "
        "de 2 % par mois, sans mise en demeure préalable.",
    ),
    (
        "added",
        None,
        "medium",
        "facturées même si elles ne sont pas consommées",
        "Engagement de volume",
        "Le Client s'engage sur un volume minimum de 500 000 requêtes par an adressées au "
        "moteur conversationnel, facturées même si elles ne sont pas consommées.",
    ),
    (
        "added",
        None,
        "high",
        "développer en interne une solution concurrente",
        "Non-concurrence",
        "Pendant les trois années suivant la signature de la présente lettre, le Client "
        "s'interdit de développer en interne une solution concurrente de celle du Prestataire "
        "ou de la faire développer par un tiers.",
    ),
    (
        "added",
        None,
        "medium",
        "reconduite tacitement",
        "Validité",
        "La présente lettre est valable trois mois à compter de sa signature ; elle est "
        "reconduite tacitement par périodes de trois mois, sauf dénonciation par lettre "
        "recommandée un mois avant l'échéance.",
    ),
]


# First measure, blind, engine of 85d9d31 + the negation fixes: the cases below were not met;
# strict xfails, removed as the engine meets them.
GOOD_BELOW: set[str] = set()
TRAPS_BELOW = {
    "scope-2",
    "objective-2",
    "success_criteria-3",
    "data_protection-2",
    "data-2",
    "objective-1",
    "deliverables-3",
    "poc-4",
    "success_criteria-1",
    "validity-2",
    "internal_effort-1",
}


@pytest.mark.parametrize("topic, title, text", marked(GOOD, 0, GOOD_BELOW))
def test_good_clause_raises_nothing(topic, title, text):
    assert alarms(title, text, topic) == []


@pytest.mark.parametrize(
    "kind, topic, min_severity, words, title, text", marked(TRAPS, 1, TRAPS_BELOW)
)
def test_trap_is_caught(kind, topic, min_severity, words, title, text):
    if words is not None:
        assert words in text, "battery: the words must be verbatim"
    hit, seen = catches(title, text, kind, topic, min_severity, words)
    assert hit, seen
