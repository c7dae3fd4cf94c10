"""Clause battery, French: what a PME's counsel expects of each clause of an AI-project LOI.

A well-drafted clause raises nothing at medium or above on its topic; a trap raises a
finding of the right kind, topic and severity that points at the trap's words. Cases the
tool does not meet yet are strict xfails (the engine engineer removes the marks as they
pass)."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, case_ids, catches

GOOD = [  # (topic, title, text)
    # --- objective
    (
        "objective",
        "Objet",
        "La présente lettre d'intention a pour objet de préparer le déploiement par le "
        "Prestataire d'un assistant conversationnel destiné à augmenter de 10 % le taux de "
        "conversion des demandes reçues par le Client sur WhatsApp Business.",
    ),
    (
        "objective",
        "Objectif",
        "L'objectif poursuivi par BETA Distribution est de réduire de quinze pour cent "
        "(15 %) le coût d'acquisition d'un nouveau client grâce à un outil de notation des "
        "prospects développé par ALPHA IA.",
    ),
    (
        "objective",
        "Objet de la lettre",
        "Les Parties entendent définir les conditions dans lesquelles le Prestataire "
        "pourrait automatiser le reporting commercial hebdomadaire du Client, aujourd'hui "
        "produit manuellement en deux (2) jours.",
    ),
    # --- scope
    (
        "scope",
        "Périmètre",
        "Le projet couvre les canaux WhatsApp Business et e-mail, en Algérie uniquement, en "
        "français et en arabe, pour les gammes de produits laitiers et de boissons du Client.",
    ),
    (
        "scope",
        "Périmètre du projet",
        "Le périmètre comprend :\n"
        "- canaux : site e-commerce et centre d'appels ;\n"
        "- pays : Algérie ;\n"
        "- langues : français et arabe (FR/AR) ;\n"
        "- produits : l'ensemble du catalogue épicerie.",
    ),
    (
        "scope",
        "Périmètre",
        "Le périmètre initial est limité au centre d'appels d'Alger, aux langues française "
        "et arabe et aux produits surgelés.\n\n"
        "Tout élargissement du périmètre défini ci-dessus (autres canaux, autres pays, autres "
        "langues) fera l'objet d'un avenant signé des deux Parties.",
    ),
    # --- deliverables
    (
        "deliverables",
        "Livrables",
        "Le Prestataire remettra : (i) un POC de classification des tickets SAV ; (ii) "
        "l'intégration au CRM du Client ; (iii) une formation de deux (2) jours pour dix "
        "(10) utilisateurs ; (iv) une documentation technique et utilisateur en français.",
    ),
    (
        "deliverables",
        "Livrables",
        "Les livrables attendus sont les suivants :\n"
        "1. rapport d'audit des données ;\n"
        "2. preuve de concept de prévision des ventes ;\n"
        "3. intégration à l'ERP du Client ;\n"
        "4. formation de 3 jours des équipes commerciales ;\n"
        "5. documentation d'exploitation.",
    ),
    (
        "deliverables",
        "Livrables et recette",
        "Chaque livrable sera remis au Client accompagné de sa documentation et fera "
        "l'objet d'un procès-verbal de recette signé par le Client. Les livrables sont le "
        "rapport d'audit des données, le POC, le module intégré à l'ERP et le support de "
        "formation.",
    ),
    # --- price
    (
        "price",
        "Prix",
        "Le prix comprend une partie fixe de 1 200 000 DA HT pour le cadrage et "
        "l'intégration, et une partie variable de 150 DA HT par conversation traitée, une "
        "conversation étant un échange avec un même contact clos dans les 24 heures.\n\n"
        "La partie variable est plafonnée à 600 000 DA HT par mois. La partie fixe est "
        "payable en deux jalons : 30 % à la recette de l'atelier de cadrage, 70 % à la "
        "recette de l'intégration ; chaque facture est payable à trente (30) jours.",
    ),
    pytest.param(
        "price",
        "Conditions financières",
        "Le prix de 3 000 000 DA HT se décompose comme suit : cadrage 500 000 DA, POC "
        "1 000 000 DA, intégration 1 500 000 DA. Un acompte de vingt pour cent (20 %) est "
        "payable à la signature du contrat définitif ; le solde de chaque jalon est payable "
        "à sa recette par le Client. Aucune partie variable ni frais d'usage ne sont dus ; "
        "le montant total facturé ne pourra excéder 3 000 000 DA HT.",
    ),
    pytest.param(
        "price",
        "Conditions financières",
        "Le prix ne pourra être révisé qu'avec l'accord écrit des deux Parties.\n\n"
        "Partie fixe : 800 000 DA HT, payable 30 % à la commande et 70 % à la recette.\n"
        "Partie variable : 100 DA HT par commande passée via l'assistant, plafonnée à "
        "400 000 DA HT par trimestre.",
    ),
    # --- data
    (
        "data",
        "Données",
        "Le Client mettra à disposition les données de son CRM et de son ERP sur les "
        "vingt-quatre (24) derniers mois, soit environ 80 000 fiches clients. Le "
        "Prestataire réalisera un audit de qualité (doublons, champs manquants, formats) ; "
        "le Client préparera les extractions.",
    ),
    (
        "data",
        "Hypothèses relatives aux données",
        "Sources : e-commerce, centre d'appels et e-mail.\n"
        "Volume : 12 000 conversations par mois, historique de 18 mois.\n"
        "Qualité attendue : moins de 5 % de doublons, champs obligatoires renseignés.\n"
        "Préparation : assurée par le Prestataire, avec l'appui d'un référent du Client.",
    ),
    (
        "data",
        "Données",
        "Les données utilisées sont les historiques de commandes de l'ERP sur trois ans "
        "(environ 2 millions de lignes, format CSV). Leur nettoyage est pris en charge par "
        "ALPHA IA ; BETA Distribution désigne un référent qui répond aux questions sur les "
        "champs.",
    ),
    # --- success_criteria
    (
        "success_criteria",
        "Critères de succès",
        "Le POC sera jugé concluant si le coût d'acquisition par commande baisse d'au moins "
        "quinze pour cent (15 %) par rapport à la moyenne des trois (3) derniers mois, soit "
        "une base de référence de 1 200 DA.",
    ),
    (
        "success_criteria",
        "KPI",
        "Taux de conversion : de 2 % (base de référence, premier trimestre 2026) à 2,2 % "
        "(+10 %).\n"
        "Délai moyen de réponse SAV : de 24 heures à 4 heures.\n"
        "Taux de résolution au premier contact : de 60 % à 75 %.",
    ),
    (
        "success_criteria",
        "Critères de succès",
        "Les indicateurs sont mesurés conjointement par les Parties selon la méthode décrite "
        "à l'annexe 3. La cible est une réduction de 20 % du temps de production du "
        "reporting mensuel, aujourd'hui de cinq (5) jours.",
    ),
    # --- timeline
    (
        "timeline",
        "Calendrier",
        "Atelier de cadrage : 15 janvier 2027.\n"
        "Audit des données : du 18 au 29 janvier 2027.\n"
        "POC : du 1er février au 15 mars 2027.\n"
        "Décision go/no-go : au plus tard le 31 mars 2027.\n"
        "Déploiement : avril 2027.\n"
        "Formation et transfert : mai 2027.",
    ),
    (
        "timeline",
        "Planning",
        "Le projet débute par un atelier de cadrage dans les dix (10) jours suivant la "
        "signature, suivi d'un audit des données de deux semaines. Le POC dure six (6) "
        "semaines ; le Client prend la décision de poursuivre ou non au plus tard le 30 "
        "avril 2027. Le déploiement et la formation suivent en mai et juin 2027.",
    ),
    (
        "timeline",
        "Calendrier",
        "Les étapes du projet sont datées à l'annexe 1. La décision go/no-go interviendra "
        "au plus tard le 15 juin 2027 ; à défaut de décision favorable du Client à cette "
        "date, le projet s'arrête sans frais pour lui.",
    ),
    # --- exclusivity
    (
        "exclusivity",
        "Exclusivité",
        "Pendant quarante-cinq (45) jours à compter de la signature, le Client s'engage à ne "
        "pas négocier avec un autre prestataire pour le même projet. Cette exclusivité est "
        "subordonnée à la remise par le Prestataire du POC et du planning dans les délais "
        "convenus ; à défaut, le Client en est libéré de plein droit. Le Prestataire affecte "
        "au projet une équipe de deux (2) ingénieurs.",
    ),
    (
        "exclusivity",
        "Exclusivité",
        "Le Client consent au Prestataire une exclusivité de 30 jours, qui prend fin de plein "
        "droit si le Prestataire n'a pas obtenu l'accès aux données, n'a pas remis le POC ou "
        "n'a pas respecté le planning. Cette exclusivité ne l'oblige pas à conclure le "
        "contrat définitif.",
    ),
    (
        "exclusivity",
        "Exclusivité",
        "Aucune exclusivité n'est consentie au Prestataire ; le Client reste libre de "
        "consulter d'autres prestataires.",
    ),
    # --- confidentiality
    (
        "confidentiality",
        "Confidentialité",
        "Chaque Partie s'engage à garder confidentielles les informations reçues de "
        "l'autre, y compris les données communiquées lors des audits. Cette obligation "
        "survit cinq (5) ans à l'expiration de la présente lettre.",
    ),
    (
        "confidentiality",
        "Confidentialité",
        "Les Parties s'obligent réciproquement à ne divulguer aucune information "
        "confidentielle de l'autre Partie, notamment les données clients et les extractions "
        "transmises pendant l'audit des données. Cet engagement demeure en vigueur trois (3) "
        "ans après la fin des discussions, même en l'absence de contrat définitif.",
    ),
    (
        "confidentiality",
        "Confidentialité",
        "Obligations mutuelles de confidentialité :\n"
        "- portée : toutes informations échangées, y compris les données partagées lors des "
        "audits ;\n"
        "- durée : deux ans après la fin de la présente lettre ;\n"
        "- exceptions : informations publiques ou dont la divulgation est exigée par la loi.",
    ),
    # --- ip
    (
        "ip",
        "Propriété intellectuelle",
        "Le Client reste propriétaire de ses données, des jeux de données constitués, des "
        "prompts, des modèles affinés et de leurs paramètres ainsi que des contenus générés. "
        "Le Prestataire conserve ses outils préexistants, dont il concède au Client une "
        "licence d'utilisation.",
    ),
    pytest.param(
        "ip",
        "Propriété intellectuelle",
        "Les données, jeux de données, prompts, paramètres des modèles entraînés et contenus "
        "produits sont et demeurent la propriété exclusive de BETA Distribution. ALPHA IA "
        "conserve la propriété de sa bibliothèque logicielle préexistante, mise à "
        "disposition du Client sous licence non exclusive et perpétuelle.",
    ),
    (
        "ip",
        "Propriété intellectuelle",
        "Sont la propriété du Client :\n"
        "- ses données et les jeux de données ;\n"
        "- les prompts et les modèles affinés ;\n"
        "- les contenus générés.\n"
        "Le Prestataire conserve ses outils préexistants, qu'il licencie au Client.",
    ),
    # --- governance
    (
        "governance",
        "Gouvernance",
        "Le Client désigne un sponsor, son directeur commercial, qui valide les livrables. "
        "Un comité de pilotage se réunit chaque semaine pendant le POC, puis chaque mois ; "
        "en cas de désaccord, le directeur général du Client arbitre.",
    ),
    (
        "governance",
        "Gouvernance",
        "Sponsor : la directrice marketing du Client.\n"
        "Validation des livrables : le sponsor.\n"
        "Comité de pilotage : hebdomadaire pendant le POC, mensuel ensuite.\n"
        "Arbitrage : les directions générales des deux Parties.",
    ),
    (
        "governance",
        "Gouvernance du projet",
        "Les livrables sont validés par le sponsor désigné par BETA Distribution. Le comité "
        "de pilotage, composé de deux représentants de chaque Partie, est réuni "
        "hebdomadairement durant le POC et mensuellement ensuite. Les différends sont "
        "arbitrés par les directions générales des Parties.",
    ),
    # --- poc
    (
        "poc",
        "POC",
        "Le POC vise à démontrer la classification automatique des réclamations SAV. Il dure "
        "six (6) semaines, sur un échantillon de 5 000 tickets anonymisés de l'année 2026. "
        "Il est réussi si la précision atteint 85 %. À son terme, le Client prend une "
        "décision go/no-go au plus tard le 15 mars 2027. Le POC ne constitue pas le produit "
        "final.",
    ),
    (
        "poc",
        "Preuve de concept",
        "Objectif : prévoir les ventes hebdomadaires par magasin.\n"
        "Durée : 8 semaines.\n"
        "Données : historique ERP sur deux ans.\n"
        "Critère d'acceptation : erreur moyenne inférieure à 12 %.\n"
        "Décision : go/no-go du Client le 30 avril 2027 au plus tard.\n"
        "Le POC ne sera pas mis en production en l'état.",
    ),
    (
        "poc",
        "Preuve de concept",
        "La preuve de concept, d'une durée de quatre semaines, porte sur la qualification "
        "des appels entrants et est menée sur les données anonymisées du centre d'appels. "
        "Ses critères d'acceptation sont fixés à l'annexe 2.\n\n"
        "Sa réussite ne les oblige pas à poursuivre : la décision go/no-go appartient au "
        "Client et doit être prise au plus tard le 1er juin 2027. Le POC n'est pas la "
        "solution définitive.",
    ),
    # --- internal_effort
    (
        "internal_effort",
        "Charge interne",
        "La charge interne du Client est estimée à vingt (20) jours-homme : dix (10) pour le "
        "nettoyage des données (équipe informatique), cinq (5) pour l'adaptation des "
        "processus (direction commerciale), cinq (5) pour la formation (ressources "
        "humaines).",
    ),
    (
        "internal_effort",
        "Ressources du Client",
        "Référent données : 8 jours-homme.\n"
        "Utilisateurs clés : 6 jours-homme pour les tests.\n"
        "Rédaction des contenus : 4 jours-homme par le service marketing.",
    ),
    (
        "internal_effort",
        "Charge interne",
        "Le Prestataire estime l'effort attendu de BETA Distribution à 15 jours-homme au "
        "total, portés par le responsable CRM. Tout dépassement de cette estimation est "
        "soumis à l'accord préalable du Client.",
    ),
    # --- risk_allocation
    (
        "risk_allocation",
        "Répartition des risques",
        "Si l'audit révèle des données insuffisantes, le Client peut arrêter le projet sans "
        "frais. Les dépassements d'intégration sont à la charge du Prestataire, de même que "
        "la conformité réglementaire de la solution. La non-atteinte des résultats métier "
        "entraîne l'arrêt ou la renégociation, sans pénalité pour le Client ; le risque de "
        "dépendance est traité par la clause de réversibilité.",
    ),
    (
        "risk_allocation",
        "Répartition des risques",
        "Données insuffisantes : arrêt possible sans frais pour le Client.\n"
        "Dépassements d'intégration : à la charge du Prestataire.\n"
        "Conformité : à la charge du Prestataire.\n"
        "Résultats non atteints : renégociation ou arrêt, sans indemnité.\n"
        "Dépendance : réversibilité en formats ouverts.",
    ),
    (
        "risk_allocation",
        "Risques",
        "ALPHA IA supporte les dépassements de coûts d'intégration au-delà du budget "
        "convenu. Si les données s'avèrent insuffisantes, les Parties peuvent mettre fin au "
        "projet sans indemnité de part et d'autre.",
    ),
    # --- termination
    (
        "termination",
        "Résiliation",
        "Le Client peut mettre fin au projet à tout moment, par lettre recommandée, moyennant "
        "un préavis de quinze (15) jours, en ne payant que les prestations réalisées. Le "
        "Prestataire restitue alors les données, les prompts et les modèles affinés dans des "
        "formats ouverts (CSV, JSON, ONNX).",
    ),
    (
        "termination",
        "Réversibilité",
        "Le Client peut mettre fin au projet à tout moment, sans autre frais que les "
        "prestations déjà réalisées. À la fin du projet, quelle qu'en soit la cause :\n"
        "- les données du Client lui sont restituées en CSV ;\n"
        "- les modèles et leurs paramètres sont remis dans un format ouvert et documenté ;\n"
        "- le Prestataire détruit ses copies et en justifie par écrit.",
    ),
    (
        "termination",
        "Sortie",
        "En fin de contrat, quelle qu'en soit la cause, ALPHA IA remet à BETA Distribution "
        "l'ensemble des données et paramètres des modèles dans un format ouvert et "
        "documenté, sans frais, dans un délai de trente (30) jours, et l'assiste dans la "
        "transition vers tout autre prestataire. Chaque Partie peut résilier par préavis "
        "écrit d'un mois.",
    ),
    # --- data_protection
    (
        "data_protection",
        "Données personnelles",
        "Les données personnelles sont traitées conformément à la loi n° 18-07 du 10 juin "
        "2018 relative à la protection des personnes physiques dans le traitement des "
        "données à caractère personnel. Elles sont hébergées en Algérie. Le Prestataire met "
        "en œuvre des mesures de sécurité (chiffrement, contrôle des accès) et garantit "
        "l'exercice des droits d'accès et de rectification des personnes concernées.",
    ),
    (
        "data_protection",
        "Sécurité",
        "Conformité : loi 18-07.\n"
        "Hébergement : centre de données situé en Algérie.\n"
        "Sécurité : chiffrement au repos et en transit, journalisation des accès.\n"
        "Accès : limité aux personnes habilitées ; droits des personnes concernées garantis.",
    ),
    pytest.param(
        "data_protection",
        "Données à caractère personnel",
        "ALPHA IA s'engage à respecter la loi 18-07 et les décisions de l'ANPDP. Aucune "
        "donnée personnelle n'est hébergée ni transférée hors du territoire algérien. Les "
        "accès sont nominatifs et tracés ; les personnes concernées exercent leurs droits "
        "auprès du Client.",
    ),
    # --- binding_effect
    pytest.param(
        "binding_effect",
        "Portée",
        "La présente lettre d'intention n'a pas de caractère contraignant, à l'exception "
        "des articles relatifs à la confidentialité, à l'exclusivité et au droit applicable, "
        "qui lient les Parties.",
    ),
    (
        "binding_effect",
        "Caractère non contraignant",
        "Hormis les stipulations sur la confidentialité, l'exclusivité et le droit "
        "applicable, la présente lettre ne crée aucune obligation : elle ne les oblige pas à "
        "signer le contrat définitif.",
    ),
    pytest.param(
        "binding_effect",
        "Portée de la lettre",
        "Sont contraignantes : les clauses de confidentialité (art. 9), d'exclusivité (art. "
        "8) et de droit applicable (art. 12).\n"
        "Ne sont pas contraignantes : toutes les autres stipulations, notamment celles "
        "relatives au prix et au calendrier.",
    ),
    # --- governing_law
    (
        "governing_law",
        "Droit applicable",
        "La présente lettre est régie par le droit algérien. Tout litige sera soumis à une "
        "médiation préalable de trente (30) jours, puis au tribunal compétent d'Alger.",
    ),
    (
        "governing_law",
        "Litiges",
        "Le droit algérien est seul applicable. Les Parties rechercheront une solution "
        "amiable ; à défaut, le litige sera tranché par voie d'arbitrage à Alger, "
        "conformément au Code de procédure civile et administrative, en langue française.",
    ),
    (
        "governing_law",
        "Droit applicable et litiges",
        "Droit applicable : droit algérien.\n"
        "Règlement amiable : médiation de 30 jours.\n"
        "Juridiction : tribunal d'Oran, à défaut d'accord.",
    ),
    # --- validity
    (
        "validity",
        "Durée",
        "La présente lettre prend effet à sa signature et expire de plein droit le 30 juin "
        "2027 si aucun contrat définitif n'a été signé à cette date.",
    ),
    (
        "validity",
        "Validité",
        "La présente lettre est valable quatre-vingt-dix (90) jours à compter de sa "
        "signature ; à l'expiration de ce délai, elle devient caduque sans formalité, sauf "
        "prorogation écrite signée des deux Parties.",
    ),
    pytest.param(
        "validity",
        "Durée de validité",
        "Sauf conclusion du contrat définitif avant le 31 mars 2027, la présente lettre "
        "cesse de produire effet à cette date, à l'exception de la clause de "
        "confidentialité.",
    ),
]

TRAPS = [  # (kind, topic, min_severity, words, title, text)
    # --- objective
    pytest.param(
        "deviation",
        "objective",
        "medium",
        "transformation digitale",
        "Objet",
        "Le Prestataire accompagnera le Client dans sa transformation digitale par "
        "l'intelligence artificielle, selon une feuille de route qu'il définira.",
    ),
    pytest.param(
        "deviation",
        "objective",
        "medium",
        "souscription par le Client",
        "Objet",
        "La présente lettre a pour objet la souscription par le Client à la plateforme "
        "ALPHA Suite du Prestataire.",
    ),
    pytest.param(
        "ambiguity",
        "objective",
        "low",
        "améliorer la performance commerciale",
        "Objectif",
        "Le projet vise à améliorer la performance commerciale du Client grâce à "
        "l'intelligence artificielle.",
    ),
    # --- scope
    pytest.param(
        "deviation",
        "scope",
        "medium",
        "étendu par le Prestataire",
        "Périmètre",
        "Le périmètre pourra être étendu par le Prestataire à tout canal ou pays qu'il "
        "jugera utile, aux conditions tarifaires alors en vigueur.",
    ),
    pytest.param(
        "deviation",
        "scope",
        "medium",
        "précisé ultérieurement par le Prestataire",
        "Périmètre",
        "Le périmètre du projet sera précisé ultérieurement par le Prestataire.",
    ),
    pytest.param(
        "ambiguity",
        "scope",
        "low",
        "l'ensemble des canaux pertinents",
        "Périmètre",
        "Le projet couvre l'ensemble des canaux pertinents et des marchés du Client.",
    ),
    # --- deliverables
    pytest.param(
        "deviation",
        "deliverables",
        "high",
        "réputé accepté",
        "Livrables",
        "Le Prestataire livre le POC, l'intégration au CRM et la documentation. Chaque "
        "livrable est réputé accepté si le Client n'a pas formulé de réserves dans un délai "
        "de cinq (5) jours ouvrés suivant sa livraison.",
    ),
    pytest.param(
        "deviation",
        "deliverables",
        "high",
        "vaut réception sans réserve",
        "Livrables et recette",
        "Le Prestataire remet un module de tri des e-mails et sa documentation. Toute "
        "utilisation du module par le Client vaut réception sans réserve.",
    ),
    pytest.param(
        "deviation",
        "deliverables",
        "medium",
        "définis par le Prestataire",
        "Livrables",
        "Les livrables seront définis par le Prestataire au fur et à mesure du projet.",
    ),
    pytest.param(
        "deviation",
        "deliverables",
        "medium",
        "solution d'IA clé en main",
        "Livrables",
        "ALPHA IA fournira à BETA Distribution une solution d'IA clé en main.",
    ),
    # --- price
    (
        "deviation",
        "price",
        "high",
        "forfait global",
        "Prix",
        "Le Client versera un forfait global de 4 500 000 DA HT couvrant l'ensemble des "
        "prestations.",
    ),
    (
        "deviation",
        "price",
        "high",
        "acompte de cinquante pour cent",
        "Conditions financières",
        "Le prix est de 2 000 000 DA HT. Un acompte de cinquante pour cent (50 %) est "
        "payable à la signature de la présente lettre, le solde à la livraison.",
    ),
    (
        "deviation",
        "price",
        "high",
        None,
        "Prix",
        "Le Client paiera 200 DA HT par commande passée via l'assistant, facturés "
        "mensuellement selon les volumes constatés par le Prestataire.",
    ),
    (
        "deviation",
        "price",
        "high",
        "réviser ses tarifs à tout moment",
        "Conditions financières",
        "Le prix fixe est de 900 000 DA HT, plafonné à ce montant. ALPHA IA se réserve le "
        "droit de réviser ses tarifs à tout moment, moyennant un préavis de quinze jours.",
    ),
    # --- data
    pytest.param(
        "deviation",
        "data",
        "medium",
        "toutes les données nécessaires",
        "Données",
        "Le Client fournira toutes les données nécessaires, dans un état exploitable, sans "
        "que le Prestataire ait à les retraiter.",
    ),
    (
        "deviation",
        "data",
        "medium",
        None,
        "Données",
        "Les données nécessaires au projet seront précisées ultérieurement.",
    ),
    pytest.param(
        "ambiguity",
        "data",
        "low",
        "qualité suffisante",
        "Hypothèses",
        "Le Prestataire exploitera les données du CRM du Client, sous réserve qu'elles "
        "soient de qualité suffisante.",
    ),
    # --- success_criteria
    (
        "deviation",
        "success_criteria",
        "high",
        None,
        "Critères de succès",
        "Le succès du projet sera apprécié au regard de la satisfaction générale des utilisateurs.",
    ),
    pytest.param(
        "deviation",
        "success_criteria",
        "high",
        None,
        "KPI",
        "La solution devra permettre une amélioration sensible du taux de conversion et de "
        "la productivité des équipes.",
    ),
    pytest.param(
        "deviation",
        "success_criteria",
        "medium",
        "mesurés exclusivement par le Prestataire",
        "Critères de succès",
        "L'objectif est une baisse de 15 % du coût par commande par rapport au premier "
        "trimestre 2026. Les résultats sont mesurés exclusivement par le Prestataire à "
        "partir de ses propres outils.",
    ),
    # --- timeline
    (
        "deviation",
        "timeline",
        "high",
        None,
        "Calendrier",
        "Le Prestataire communiquera un planning après la signature. Le déploiement suivra le POC.",
    ),
    pytest.param(
        "deviation",
        "timeline",
        "medium",
        "à titre indicatif",
        "Planning",
        "POC : mars 2027 ; décision go/no-go : 15 avril 2027 ; déploiement : mai 2027. Ces "
        "délais sont donnés à titre indicatif et n'engagent pas le Prestataire.",
    ),
    pytest.param(
        "deviation",
        "timeline",
        "medium",
        "fixé par ALPHA IA",
        "Calendrier",
        "Le calendrier sera fixé par ALPHA IA en fonction de la disponibilité de ses équipes.",
    ),
    # --- exclusivity
    (
        "deviation",
        "exclusivity",
        "high",
        "exclusivité de douze (12) mois",
        "Exclusivité",
        "Le Client accorde au Prestataire une exclusivité de douze (12) mois sur l'ensemble "
        "de ses projets d'intelligence artificielle.",
    ),
    (
        "deviation",
        "exclusivity",
        "high",
        None,
        "Exclusivité",
        "Pendant soixante (60) jours, BETA Distribution s'interdit de consulter tout autre "
        "prestataire.",
    ),
    pytest.param(
        "deviation",
        "exclusivity",
        "high",
        "quel que soit l'avancement",
        "Exclusivité",
        "L'exclusivité consentie à ALPHA IA court pendant six mois, quel que soit "
        "l'avancement de ses travaux.",
    ),
    # --- confidentiality
    pytest.param(
        "deviation",
        "confidentiality",
        "medium",
        "Le Client s'engage à garder",
        "Confidentialité",
        "Le Client s'engage à garder confidentielles les informations communiquées par le "
        "Prestataire, notamment ses méthodes et ses tarifs, pendant cinq ans.",
    ),
    pytest.param(
        "deviation",
        "confidentiality",
        "medium",
        "prend fin à l'expiration",
        "Confidentialité",
        "Chaque Partie garde confidentielles les informations de l'autre. Cette obligation "
        "prend fin à l'expiration de la présente lettre.",
    ),
    pytest.param(
        "deviation",
        "confidentiality",
        "medium",
        "ne sont pas couvertes",
        "Confidentialité",
        "Les Parties s'engagent mutuellement à la confidentialité pendant trois ans. Les "
        "données transmises par le Client pour l'audit ne sont pas couvertes par la "
        "présente obligation.",
    ),
    # --- ip
    (
        "deviation",
        "ip",
        "high",
        "restent la propriété du Prestataire",
        "Propriété intellectuelle",
        "Le Client reste propriétaire de ses données. Les modèles entraînés sur ces "
        "données restent la propriété du Prestataire.",
    ),
    pytest.param(
        "deviation",
        "ip",
        "high",
        "pourra réutiliser les données",
        "Propriété intellectuelle",
        "ALPHA IA pourra réutiliser les données et les prompts du Client pour améliorer ses "
        "services auprès d'autres clients.",
    ),
    (
        "deviation",
        "ip",
        "high",
        "appartiennent au Prestataire",
        "Propriété intellectuelle",
        "Les contenus générés par la solution appartiennent au Prestataire, qui en concède "
        "au Client un droit d'usage pendant la durée du contrat.",
    ),
    # --- governance
    pytest.param(
        "deviation",
        "governance",
        "medium",
        "validés par le chef de projet du Prestataire",
        "Gouvernance",
        "Un comité de pilotage mensuel réunit les Parties. Les livrables sont validés par "
        "le chef de projet du Prestataire.",
    ),
    pytest.param(
        "deviation",
        "governance",
        "medium",
        "à la demande du Prestataire",
        "Gouvernance",
        "Des réunions de suivi pourront être organisées à la demande du Prestataire.",
    ),
    pytest.param(
        "deviation",
        "governance",
        "medium",
        "la décision du Prestataire prévaut",
        "Gouvernance",
        "Le Client désigne un sponsor ; un comité se réunit chaque semaine pendant le POC. "
        "En cas de désaccord, la décision du Prestataire prévaut.",
    ),
    # --- poc
    (
        "deviation",
        "poc",
        "high",
        None,
        "POC",
        "Un POC de huit semaines sera réalisé sur les données du centre d'appels, avec un "
        "objectif de précision de 85 %. Ses résultats seront présentés au Client.",
    ),
    (
        "deviation",
        "poc",
        "high",
        "constituera la solution définitive",
        "Preuve de concept",
        "Le POC, une fois validé, sera directement mis en production et constituera la "
        "solution définitive.",
    ),
    pytest.param(
        "deviation",
        "poc",
        "high",
        "se poursuit automatiquement",
        "POC",
        "Le POC dure six semaines. Sauf opposition écrite du Client dans les huit jours de "
        "sa fin, il se poursuit automatiquement en phase de déploiement.",
    ),
    # --- internal_effort
    pytest.param(
        "deviation",
        "internal_effort",
        "high",
        None,
        "Charge interne",
        "Le Client mobilisera les ressources internes nécessaires au bon déroulement du projet.",
    ),
    pytest.param(
        "deviation",
        "internal_effort",
        "medium",
        "autant de personnel que le Prestataire",
        "Ressources",
        "BETA Distribution mettra à disposition autant de personnel que le Prestataire "
        "l'estimera nécessaire.",
    ),
    pytest.param(
        "deviation",
        "internal_effort",
        "medium",
        "précisée par le Prestataire",
        "Charge interne",
        "La charge interne du Client sera précisée par le Prestataire en cours de projet.",
    ),
    # --- risk_allocation
    (
        "deviation",
        "risk_allocation",
        "high",
        "supporte seul l'ensemble des risques",
        "Répartition des risques",
        "Le Client supporte seul l'ensemble des risques liés à l'insuffisance de ses "
        "données, aux dépassements d'intégration et à la non-atteinte des résultats.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "facturé au Client en régie",
        "Répartition des risques",
        "Tout dépassement des délais ou des coûts d'intégration sera facturé au Client en régie.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "seule responsabilité du Client",
        "Risques",
        "La conformité de la solution à la réglementation applicable relève de la seule "
        "responsabilité du Client.",
    ),
    # --- termination
    (
        "deviation",
        "termination",
        "high",
        "qu'en versant une indemnité",
        "Résiliation",
        "Le Client ne peut résilier qu'en versant une indemnité égale à six mois de redevances.",
    ),
    pytest.param(
        "deviation",
        "termination",
        "high",
        "format propriétaire du Prestataire",
        "Réversibilité",
        "Chaque Partie peut résilier avec un préavis d'un mois. Les données sont alors "
        "restituées dans le format propriétaire du Prestataire.",
    ),
    pytest.param(
        "deviation",
        "termination",
        "high",
        "Seul le Prestataire peut mettre fin",
        "Résiliation",
        "Seul le Prestataire peut mettre fin au projet avant son terme.",
    ),
    (
        "deviation",
        "termination",
        "medium",
        "facturée au Client",
        "Sortie",
        "Le Client peut résilier à tout moment. La restitution de ses données est facturée "
        "au Client selon le tarif en vigueur du Prestataire.",
    ),
    # --- data_protection
    (
        "deviation",
        "data_protection",
        "high",
        "situés en France",
        "Données personnelles",
        "Les données seront hébergées sur des serveurs situés en France, conformément au RGPD.",
    ),
    (
        "deviation",
        "data_protection",
        "high",
        "à Francfort",
        "Sécurité",
        "Les données du Client, y compris les données personnelles de ses clients, sont "
        "stockées dans le centre de données du Prestataire à Francfort, dans le respect de "
        "la loi 18-07.",
    ),
    (
        "deviation",
        "data_protection",
        "high",
        "situés dans l'Union européenne",
        "Données personnelles",
        "Les traitements de données personnelles pourront être confiés à des sous-traitants "
        "situés dans l'Union européenne.",
    ),
    (
        "deviation",
        "data_protection",
        "high",
        "à vérifier avec le conseil",
        "Hébergement",
        "Les données personnelles sont traitées selon la loi 18-07. La localisation de "
        "l'hébergement (Algérie ou Irlande) est à vérifier avec le conseil juridique du "
        "Client.",
    ),
    pytest.param(
        "deviation",
        "data_protection",
        "high",
        None,
        "Données personnelles",
        "Le Prestataire protège les données personnelles par chiffrement et contrôle des "
        "accès ; elles sont hébergées en Algérie.",
    ),
    # --- binding_effect
    pytest.param(
        "deviation",
        "binding_effect",
        "high",
        "engage les Parties dès sa signature",
        "Portée",
        "La présente lettre engage les Parties dès sa signature.",
    ),
    (
        "deviation",
        "binding_effect",
        "high",
        "s'engage à conclure le contrat définitif",
        "Portée",
        "Le Client s'engage à conclure le contrat définitif avec le Prestataire.",
    ),
    pytest.param(
        "deviation",
        "binding_effect",
        "high",
        "fermes et engagent le Client",
        "Caractère contraignant",
        "Les conditions financières de la présente lettre sont fermes et engagent le Client.",
    ),
    # --- governing_law
    pytest.param(
        "deviation",
        "governing_law",
        "high",
        "régie par le droit français",
        "Droit applicable",
        "La présente lettre est régie par le droit français.",
    ),
    pytest.param(
        "deviation",
        "governing_law",
        "high",
        "tribunaux de Paris",
        "Litiges",
        "La présente lettre est régie par le droit algérien. Tout litige relève de la "
        "compétence exclusive des tribunaux de Paris.",
    ),
    pytest.param(
        "deviation",
        "governing_law",
        "high",
        "arbitrage CCI à Genève",
        "Droit applicable et litiges",
        "Tout différend sera tranché définitivement par arbitrage CCI à Genève, en langue "
        "anglaise.",
    ),
    # --- validity
    pytest.param(
        "deviation",
        "validity",
        "high",
        None,
        "Durée",
        "La présente lettre entre en vigueur à sa signature et demeure valable jusqu'à la "
        "signature du contrat définitif.",
    ),
    pytest.param(
        "deviation",
        "validity",
        "medium",
        "vingt-quatre (24) mois",
        "Validité",
        "La présente lettre est valable vingt-quatre (24) mois à compter de sa signature.",
    ),
    pytest.param(
        "deviation",
        "validity",
        "medium",
        "prolongée par le Prestataire",
        "Durée",
        "La présente lettre est valable trois mois. Sa durée peut être prolongée par le "
        "Prestataire par simple notification.",
    ),
    # --- added: clauses with no topic that serve the vendor
    (
        "added",
        None,
        "medium",
        "tacite reconduction",
        "Reconduction",
        "La présente lettre est conclue pour trois (3) mois et se renouvelle par tacite "
        "reconduction pour des périodes successives de même durée.",
    ),
    (
        "added",
        None,
        "medium",
        "reconduit automatiquement pour un an",
        "Renouvellement",
        "À défaut de dénonciation par lettre recommandée deux mois avant son terme, le "
        "contrat est reconduit automatiquement pour un an.",
    ),
    (
        "added",
        None,
        "medium",
        "renouvelé de plein droit",
        "Abonnement",
        "L'abonnement est renouvelé de plein droit chaque année, sauf préavis contraire du "
        "Client de quatre-vingt-dix (90) jours.",
    ),
    (
        "added",
        None,
        "medium",
        "pénalité de 2 % par semaine",
        "Pénalités",
        "Tout retard de paiement du Client entraîne une pénalité de 2 % par semaine de retard.",
    ),
    pytest.param(
        "added",
        None,
        "medium",
        "pénalité de 50 000 DA par jour",
        "Pénalités",
        "Tout retard de BETA Distribution dans la fourniture des données donne lieu à une "
        "pénalité de 50 000 DA par jour.",
    ),
    (
        "added",
        None,
        "medium",
        "indemnité forfaitaire",
        "Indemnité",
        "Si le Client ne signe pas le contrat définitif, il versera au Prestataire une "
        "indemnité forfaitaire de 1 500 000 DA au titre des frais engagés.",
    ),
    (
        "added",
        None,
        "medium",
        "s'interdit de solliciter",
        "Non-sollicitation",
        "Le Client s'interdit de solliciter ou d'embaucher tout salarié du Prestataire "
        "pendant vingt-quatre (24) mois.",
    ),
    (
        "added",
        None,
        "medium",
        "volume minimum de 500 000 DA",
        "Engagement de volume",
        "Le Client s'engage sur un volume minimum de 500 000 DA HT de prestations par an, "
        "facturé même s'il n'est pas consommé.",
    ),
    pytest.param(
        "added",
        None,
        "medium",
        "frais de rupture",
        "Frais de rupture",
        "En cas d'abandon du projet par BETA Distribution, des frais de rupture de 20 % du "
        "budget prévisionnel sont dus à ALPHA IA.",
    ),
    # --- ambiguity: vague words, terms of art never defined
    (
        "ambiguity",
        "timeline",
        "low",
        "dans les meilleurs délais",
        "Calendrier",
        "Le Prestataire livrera le POC dans les meilleurs délais.",
    ),
    (
        "ambiguity",
        "price",
        "low",
        "montant raisonnable",
        "Frais",
        "Les frais de déplacement, d'un montant raisonnable, sont refacturés au Client.",
    ),
    (
        "ambiguity",
        "data_protection",
        "low",
        "standards du marché",
        "Sécurité",
        "Le Prestataire applique des mesures de sécurité conformes aux standards du marché, "
        "dans le respect de la loi 18-07 ; les données sont hébergées en Algérie.",
    ),
    (
        "ambiguity",
        "price",
        "low",
        "par dossier traité",
        "Prix",
        "La partie variable est de 300 DA HT par dossier traité, plafonnée à 400 000 DA HT "
        "par mois.",
    ),
    (
        "ambiguity",
        "price",
        "low",
        "par lead qualifié",
        "Prix",
        "Le Prestataire perçoit 1 000 DA HT par lead qualifié, dans la limite de 500 000 DA "
        "HT par mois.",
    ),
    (
        "ambiguity",
        "price",
        "low",
        "du gain réalisé",
        "Rémunération variable",
        "Une commission de 5 % du gain réalisé par le Client est due au Prestataire, "
        "plafonnée à 300 000 DA par trimestre.",
    ),
    (
        "ambiguity",
        "price",
        "low",
        "par utilisateur actif",
        "Abonnement",
        "L'abonnement est facturé 2 000 DA HT par utilisateur actif et par mois, dans la "
        "limite de 50 utilisateurs.",
    ),
    pytest.param(
        "ambiguity",
        "exclusivity",
        "low",
        "ressources suffisantes",
        "Exclusivité",
        "L'exclusivité de 45 jours prend fin si le Prestataire ne consacre pas au projet des "
        "ressources suffisantes.",
    ),
    pytest.param(
        "ambiguity",
        "success_criteria",
        "low",
        "satisfaisante",
        "Critères de succès",
        "Le POC est réussi si la précision obtenue est jugée satisfaisante.",
    ),
    (
        "ambiguity",
        "termination",
        "low",
        "préavis raisonnable",
        "Résiliation",
        "Le Client peut résilier moyennant un préavis raisonnable ; ses données lui sont "
        "alors restituées en format CSV.",
    ),
    pytest.param(
        "ambiguity",
        "governance",
        "low",
        "à intervalles réguliers",
        "Gouvernance",
        "Le sponsor du Client valide les livrables ; le comité de pilotage se réunit à "
        "intervalles réguliers.",
    ),
    pytest.param(
        "ambiguity",
        "data",
        "low",
        "données de bonne qualité",
        "Données",
        "Le Client fournit des données de bonne qualité issues de son CRM.",
    ),
]


@pytest.mark.parametrize("topic, title, text", GOOD, ids=case_ids(GOOD, 0))
def test_good_clause_raises_nothing(topic, title, text):
    assert alarms(title, text, topic) == []


@pytest.mark.parametrize(
    "kind, topic, min_severity, words, title, text", TRAPS, ids=case_ids(TRAPS, 1)
)
def test_trap_is_caught(kind, topic, min_severity, words, title, text):
    if words is not None:
        assert words in text, "battery: the words must be verbatim"
    hit, seen = catches(title, text, kind, topic, min_severity, words)
    assert hit, seen
