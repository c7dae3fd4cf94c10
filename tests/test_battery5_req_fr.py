"""Clause battery 5, requirements restated (blind requirement battery, French, 2026-11-26, session 4).

Written blind by counsel from /work/shared/TOPICS.md and the list of requirements per topic
alone: each clause below meets EVERY requirement of its topic and the PME-friendly position,
but states each requirement in words other than the usual ones (periphrases, synonyms, the
passive voice, tables written as "A | B | C" rows joined by newlines, figures instead of words,
defined terms, the requirement as the client's right or the vendor's obligation, a requirement
split across two sentences). A PME's counsel would sign each of them without comment on its
topic, so the tool must raise nothing at medium or above on it (`helpers_battery.alarms`)."""

import pytest
from helpers_battery import alarms, case_ids

GOOD_FR = [
    # ------------------------------------------------------------------ price
    (
        "price",
        "Conditions financières",
        "Les prestations ponctuelles sont chiffrées poste par poste :\n\n"
        "Poste | Montant HT\n"
        "Atelier de cadrage et audit des données | 450 000 DZD\n"
        "Preuve de concept (POC) | 1 200 000 DZD\n"
        "Intégration, uniquement en cas de déploiement | 2 000 000 DZD\n\n"
        "S'y ajoute une rémunération à l'usage de 1 500 DZD par Prospect Qualifié, ce terme "
        "désignant tout contact ayant exprimé une intention d'achat et communiqué un numéro de "
        "téléphone valide, vérifié par l'équipe commerciale du Client. Cette rémunération à "
        "l'usage est plafonnée à 300 000 DZD par mois et à 3 000 000 DZD sur les douze premiers "
        "mois ; aucun montant supérieur ne peut être facturé.\n\n"
        "Pour chaque poste, un acompte de 25 % est versé à la commande ; le solde l'est à la "
        "signature du procès-verbal de recette. Le Client règle chaque facture sous 30 jours à "
        "compter de sa réception.",
    ),
    (
        "price",
        "Prix",
        "Le prix se décompose en deux éléments distincts. D'une part, des montants fixes, "
        "chiffrés séparément pour chaque prestation : 400 000 DZD pour l'atelier de cadrage et "
        "l'audit des données, 1 100 000 DZD pour la preuve de concept et 1 800 000 DZD pour "
        "l'intégration si le Client décide de déployer. D'autre part, une rémunération "
        "proportionnelle égale à 2 000 DZD par mois et par Utilisateur Actif, l'Utilisateur "
        "Actif s'entendant de tout collaborateur du Client qui s'est connecté à la solution au "
        "moins une fois au cours du mois civil considéré.\n\n"
        "Le cumul de cette rémunération proportionnelle ne saurait dépasser 250 000 DZD au titre "
        "d'un même mois, ni 2 500 000 DZD au titre de la première année. Une avance de 20 % est "
        "réglée lors de la signature du bon de commande ; le reliquat devient exigible après la "
        "signature par le Client du procès-verbal de réception sans réserve. Les factures sont "
        "acquittées par virement dans un délai de trente jours suivant leur réception par le "
        "Client.",
    ),
    (
        "price",
        "Rémunération du Prestataire",
        "Le Prestataire s'engage à facturer distinctement : (i) l'atelier de cadrage et l'audit "
        "des données, pour 350 000 DZD ; (ii) le POC, pour 900 000 DZD ; (iii) l'intégration, "
        "pour 1 500 000 DZD, due seulement si le Client décide de déployer. En sus, le "
        "Prestataire perçoit une commission de 3 % du chiffre d'affaires hors taxes encaissé par "
        "le Client sur les commandes issues de la solution, telles qu'elles sont identifiées dans "
        "le CRM du Client.\n\n"
        "Le Prestataire ne peut en aucun cas facturer plus de 200 000 DZD de commissions par "
        "mois, ni plus de 2 000 000 DZD sur les douze premiers mois. Le Client ne verse qu'une "
        "avance de 30 % à la commande ; le restant dû n'est payable qu'après réception des "
        "prestations validée par écrit. Le Client dispose de 45 jours à compter de la réception "
        "de chaque facture pour la régler.",
    ),
    (
        "price",
        "Modalités financières",
        "Montants fixes : cadrage et audit, 500 000 DZD ; POC, 1 000 000 DZD ; intégration, en "
        "cas de déploiement, 2 200 000 DZD. Montant à l'usage : 1 200 DZD par Lead Qualifié, "
        "défini comme un prospect ayant renseigné son nom, son numéro de téléphone et le produit "
        "recherché, puis validé par l'équipe commerciale du Client. Le total facturé au titre de "
        "l'usage est limité à 150 000 DZD mensuels et à 1 500 000 DZD pour la première année.\n\n"
        "Échéance | Part des montants fixes | Fait générateur\n"
        "Acompte | 30 % | signature du bon de commande\n"
        "Solde | 70 % | signature du procès-verbal de recette\n\n"
        "Délai de règlement : trente (30) jours à compter de la réception de la facture.",
    ),
    # ------------------------------------------------------------------ data
    (
        "data",
        "Données",
        "Le POC est alimenté par les systèmes suivants du Client : l'outil de gestion de la "
        "relation client (Salesforce), le progiciel de gestion intégré (Sage), la boutique en "
        "ligne, le compte WhatsApp Business et la boîte de messagerie commerciale. Le Client met "
        "à disposition dix-huit (18) mois d'historique, soit environ 40 000 fiches clients et "
        "120 000 commandes.\n\n"
        "Au cours de l'audit, le Prestataire mesure le taux d'enregistrements en double, la "
        "proportion de champs non renseignés et l'hétérogénéité des formats, et en remet un "
        "compte rendu écrit. L'extraction est assurée par le Client ; le nettoyage et "
        "l'anonymisation incombent au Prestataire.",
    ),
    (
        "data",
        "Hypothèses relatives aux données",
        "Source | Historique | Volume estimé | Extraction assurée par\n"
        "CRM | 24 mois | 25 000 contacts | Client\n"
        "ERP | 24 mois | 90 000 lignes de commande | Client\n"
        "WhatsApp Business | 12 mois | 15 000 conversations | Prestataire\n"
        "Centre d'appels | 6 mois | 8 000 appels | Prestataire\n\n"
        "Le nettoyage (dédoublonnage, normalisation des formats) et l'anonymisation sont à la "
        "charge du Prestataire. Un état de la qualité des données (doublons, champs vides, "
        "formats incohérents) est dressé par écrit à l'issue de l'audit.",
    ),
    (
        "data",
        "Hypothèses",
        "Les données exploitées proviennent de l'ERP, du CRM et des échanges par courrier "
        "électronique du Client. Leur profondeur est de trois (3) ans, pour un ordre de grandeur "
        "de 60 000 enregistrements.\n\n"
        "Aucun niveau de qualité préalable n'est exigé du Client : il appartient au Prestataire "
        "de relever, lors de l'audit, les enregistrements dupliqués, les champs lacunaires et "
        "les formats non conformes, et de les consigner dans un rapport. La préparation des "
        "données, à savoir leur extraction, leur nettoyage et leur anonymisation, est une "
        "obligation du Prestataire, le Client se bornant à lui ouvrir les accès nécessaires.",
    ),
    (
        "data",
        "Données mobilisées",
        "Seront utilisés : (a) l'historique des ventes issu de l'ERP sur 12 mois, soit environ "
        "200 000 lignes ; (b) les contacts du CRM, soit environ 30 000 fiches ; (c) les messages "
        "reçus via WhatsApp Business et le formulaire du site marchand sur 6 mois, soit environ "
        "10 000 messages. Le Client prend en charge l'extraction ; le Prestataire se charge du "
        "nettoyage et de l'anonymisation.\n\n"
        "Le rapport d'audit du Prestataire chiffre les doublons, les champs manquants et les "
        "incohérences de format ; le Client n'est pas tenu de garantir un niveau de qualité "
        "particulier. يتولى المورد تنظيف البيانات وإخفاء هويتها.",
    ),
    # ------------------------------------------------------------------ success_criteria
    (
        "success_criteria",
        "Critères de succès",
        "Indicateur | Valeur de départ | Cible\n"
        "Coût d'acquisition par prospect | relevé avant le lancement | -15 %\n"
        "Taux de transformation des Prospects Qualifiés | relevé avant le lancement | +10 %\n\n"
        "Un Prospect Qualifié est un contact ayant communiqué un numéro de téléphone valide et "
        "un besoin identifié. Les valeurs de départ sont relevées contradictoirement pendant "
        "l'audit des données, sur les trois mois qui précèdent le projet, et consignées dans un "
        "procès-verbal signé des deux Parties.",
    ),
    (
        "success_criteria",
        "Indicateurs de performance",
        "Le projet est considéré comme réussi si, au terme de trois mois d'exploitation, le "
        "délai moyen de réponse aux demandes des clients est réduit d'au moins 40 % et le taux "
        "de satisfaction mesuré par enquête atteint 85 %. Ces deux indicateurs sont comparés à "
        "leur niveau initial, mesuré conjointement par les Parties au cours du mois précédant le "
        "POC et annexé à la présente Lettre.",
    ),
    (
        "success_criteria",
        "Résultats attendus",
        "Le Prestataire s'engage sur les résultats chiffrés suivants : diminution de 20 % du "
        "coût par contact commercial et augmentation de 12 % du panier moyen. Le point de départ "
        "de chaque mesure est la moyenne constatée sur le trimestre antérieur au lancement du "
        "projet, calculée à partir des données de l'ERP et validée par écrit par le Client.",
    ),
    # ------------------------------------------------------------------ timeline
    (
        "timeline",
        "Calendrier",
        "Étape | Échéance\n"
        "Atelier de cadrage | au plus tard le 15 janvier 2027\n"
        "Audit des données | du 18 au 29 janvier 2027\n"
        "POC | du 1er février au 12 mars 2027\n"
        "Comité de décision sur la poursuite | le 19 mars 2027 au plus tard\n"
        "Déploiement | 8 semaines à compter d'une décision favorable\n"
        "Formation et transfert | 2 semaines suivant le déploiement\n\n"
        "La date du comité de décision ne peut être repoussée en raison d'un retard du "
        "Prestataire qu'avec l'accord écrit du Client.",
    ),
    (
        "timeline",
        "Planning",
        "Le projet se déroule en phases successives. Le cadrage occupe la première semaine "
        "suivant la signature ; l'audit des données, les deux semaines suivantes ; la preuve de "
        "concept, six semaines.\n\n"
        "Le Client se prononce sur la poursuite ou l'arrêt du projet le 30 avril 2027 au plus "
        "tard, cette date demeurant acquise même si le Prestataire prend du retard. En cas de "
        "décision de poursuivre, le déploiement dure dix semaines, puis la formation des équipes "
        "et la passation, deux semaines.",
    ),
    (
        "timeline",
        "Jalons",
        "J0 désigne la date de signature de la présente Lettre. J0 + 10 jours : atelier de "
        "cadrage. J0 + 25 jours : remise du rapport d'audit des données. J0 + 70 jours : "
        "restitution des résultats du POC. Le 15 juin 2027 : décision du Client de continuer ou "
        "d'arrêter. Déploiement, formation et remise des livrables : dans les 90 jours suivant "
        "une décision de continuer.",
    ),
    # ------------------------------------------------------------------ exclusivity
    (
        "exclusivity",
        "Exclusivité",
        "Pendant quarante-cinq (45) jours calendaires à compter de la signature, le Client "
        "s'abstient de négocier avec un autre prestataire pour le même projet. Cet engagement "
        "ne vaut qu'aussi longtemps que le Prestataire tient les siens : tenue de l'atelier de "
        "cadrage à la date convenue, remise du POC selon le calendrier et affectation de "
        "l'équipe de trois consultants annoncée.\n\n"
        "Le Client recouvre sa pleine liberté, de plein droit et sans indemnité, dès que l'une "
        "de ces conditions n'est pas respectée ou si le POC ne satisfait pas à ses critères "
        "d'acceptation.",
    ),
    (
        "exclusivity",
        "Négociation exclusive",
        "Durée : 30 jours à compter de la signature de la présente Lettre ; aucune prolongation "
        "sans l'accord écrit du Client. Contrepartie : le Prestataire garantit l'accès aux "
        "données de test, un chef de projet dédié à mi-temps et la livraison du POC à la date "
        "fixée au calendrier. Sortie : si l'une de ces contreparties fait défaut, ou si le POC "
        "n'est pas concluant, le Client est délié de l'exclusivité par simple courriel, sans "
        "rien devoir au Prestataire.",
    ),
    (
        "exclusivity",
        "Exclusivité de négociation",
        "Le Client accorde au Prestataire un droit exclusif de négociation d'une durée de "
        "soixante (60) jours. Ce droit est subordonné au respect par le Prestataire des "
        "engagements suivants : démarrer l'audit des données dans les dix jours ouvrés de la "
        "signature, mobiliser un data scientist et un chef de projet nommément désignés, livrer "
        "le POC dans les délais du calendrier.\n\n"
        "Tout manquement à l'un d'eux, constaté par écrit, libère immédiatement le Client de "
        "l'exclusivité, sans qu'aucune somme ne soit due au Prestataire.",
    ),
    # ------------------------------------------------------------------ confidentiality
    (
        "confidentiality",
        "Confidentialité",
        "Chacune des Parties s'interdit de divulguer les informations de l'autre dont elle a "
        "connaissance à l'occasion de la présente Lettre, y compris les données communiquées "
        "lors de l'audit. Cette interdiction pèse de façon identique sur le Prestataire et sur "
        "le Client et demeure en vigueur trois (3) ans après l'expiration ou la résiliation de "
        "la Lettre.",
    ),
    (
        "confidentiality",
        "Obligations réciproques de secret",
        "Le Prestataire comme le Client traitent comme confidentielles les informations "
        "techniques, commerciales ou financières reçues de l'autre Partie, notamment les "
        "extraits de bases de données transmis pour l'audit et le POC. Elles ne peuvent être "
        "utilisées qu'aux fins du projet. Ces obligations survivent cinq (5) ans à la fin de la "
        "présente Lettre, quelle qu'en soit la cause.",
    ),
    (
        "confidentiality",
        "Secret des informations",
        "Les informations échangées entre les Parties, dans un sens comme dans l'autre, sont "
        "couvertes par le secret : la Partie qui les reçoit ne peut les communiquer qu'à ceux de "
        "ses collaborateurs qui ont besoin d'en connaître et qui sont tenus à la même "
        "discrétion. Sont expressément visées les données du Client auxquelles le Prestataire "
        "accède durant l'audit. Le secret subsiste pendant deux (2) ans après la fin des "
        "relations entre les Parties. يلتزم كل طرف بالحفاظ على سرية المعلومات التي يتلقاها من "
        "الطرف الآخر.",
    ),
    # ------------------------------------------------------------------ ip
    (
        "ip",
        "Propriété intellectuelle",
        "Le Client conserve l'entière propriété de ses données, des jeux de données constitués à "
        "partir d'elles, des instructions (prompts) rédigées pour le projet, des modèles affinés "
        "sur ses données et de leurs paramètres, ainsi que de tout contenu produit par la "
        "solution pour son compte. Les outils et bibliothèques dont le Prestataire disposait "
        "avant le projet restent sa propriété ; il en concède au Client une licence non "
        "exclusive et gratuite pour la durée d'utilisation de la solution.",
    ),
    (
        "ip",
        "Titularité des droits",
        "Appartiennent au Client, dès leur création et sans contrepartie : ses données ; les "
        "corpus d'entraînement et d'évaluation ; les prompts ; les Modèles Spécifiques, "
        "c'est-à-dire les modèles ajustés sur les données du Client, avec leurs poids et "
        "paramètres ; les résultats et contenus générés. Le Prestataire demeure titulaire de ses "
        "outils préexistants, dont il accorde au Client le droit d'usage nécessaire à "
        "l'exploitation des résultats du projet.",
    ),
    (
        "ip",
        "Droits sur les données et les résultats",
        "Aucun droit sur les données du Client ni sur les résultats du projet n'est transféré au "
        "Prestataire. Le Client en reste seul titulaire, qu'il s'agisse des bases de données, "
        "des ensembles d'entraînement, des consignes rédigées pour les modèles, des modèles "
        "entraînés ou affinés pour lui et de leurs paramètres, ou des textes et réponses "
        "générés.\n\n"
        "Le Prestataire garde la propriété de sa plateforme préexistante et en consent au "
        "Client une licence d'utilisation couvrant la durée du projet et de son exploitation.",
    ),
    # ------------------------------------------------------------------ governance
    (
        "governance",
        "Gouvernance",
        "Le Client désigne Mme Amina Benali, directrice commerciale, comme commanditaire du "
        "projet : elle seule valide les livrables et prononce la décision de poursuite ou "
        "d'arrêt. Le Prestataire affecte un chef de projet, dont le remplacement requiert "
        "l'accord écrit préalable du Client.\n\n"
        "Un comité de pilotage réunit les Parties chaque semaine pendant le POC, puis chaque "
        "mois. Les différends non résolus en comité sont tranchés par le directeur général du "
        "Client, après avis du Prestataire.",
    ),
    (
        "governance",
        "Organisation du projet",
        "Rôle | Titulaire | Attributions\n"
        "Sponsor | directeur général du Client | arbitre les différends et décide du go/no-go\n"
        "Référent métier | responsable marketing du Client | valide les livrables\n"
        "Chef de projet | consultant senior du Prestataire, non remplaçable sans accord du "
        "Client | pilote l'exécution\n\n"
        "Comité de suivi : hebdomadaire durant la preuve de concept, mensuel ensuite.",
    ),
    (
        "governance",
        "Pilotage",
        "La validation des livrables relève exclusivement du responsable de projet désigné par "
        "le Client, M. Karim Saadi, responsable des ventes. Le directeur général du Client, "
        "sponsor du projet, arbitre tout désaccord entre les équipes et arrête la décision de "
        "poursuite. Le Prestataire nomme un interlocuteur unique qui ne peut être changé sans "
        "l'accord du Client. Les Parties se réunissent en comité une fois par semaine jusqu'à la "
        "décision de poursuite, puis une fois par mois.",
    ),
    # ------------------------------------------------------------------ poc
    (
        "poc",
        "Preuve de concept",
        "La preuve de concept vise à démontrer qu'un agent conversationnel peut qualifier les "
        "demandes reçues sur WhatsApp Business. Elle s'étend sur six (6) semaines à compter de "
        "la mise à disposition des données et utilise douze mois d'historique des conversations "
        "ainsi que le CRM du Client.\n\n"
        "Elle est réussie si l'agent répond correctement à au moins 85 % d'un échantillon de 200 "
        "conversations et transmet au moins 30 % de contacts exploitables, un contact "
        "exploitable étant un contact ayant indiqué un produit et un numéro de téléphone "
        "valide. Au vu des résultats, le Client décide de poursuivre ou non (go/no-go). Le POC "
        "ne constitue pas la solution définitive.",
    ),
    (
        "poc",
        "POC",
        "Objectif | réduire le temps de traitement des demandes du service après-vente\n"
        "Durée | 8 semaines\n"
        "Données | tickets SAV et courriels des 12 derniers mois\n"
        "Critères d'acceptation | 80 % des tickets correctement classés ; délai moyen de "
        "première réponse réduit de 30 % par rapport à la moyenne des 3 mois précédents\n"
        "Décision | comité go/no-go à l'issue des 8 semaines\n\n"
        "Le POC est un prototype et non le produit final ; sa réussite n'oblige pas le Client "
        "à déployer.",
    ),
    (
        "poc",
        "Expérimentation",
        "Pendant quarante-deux (42) jours, le Prestataire expérimente, sur les données de ventes "
        "de l'ERP et de la boutique en ligne, un modèle de prévision de la demande destiné à "
        "réduire les ruptures de stock. L'expérimentation est validée si l'erreur moyenne de "
        "prévision n'excède pas 15 % sur les quatre dernières semaines et si les ruptures "
        "simulées baissent d'au moins 20 %.\n\n"
        "À l'issue de cette période, le Client décide seul de poursuivre ou d'arrêter le projet, "
        "sans frais supplémentaires en cas d'arrêt. Le prototype n'a pas vocation à être mis en "
        "production en l'état.",
    ),
    # ------------------------------------------------------------------ internal_effort
    (
        "internal_effort",
        "Charge interne",
        "Le Prestataire estime à 18 jours-homme la contribution attendue des équipes du Client "
        "pendant le POC, ainsi répartis : extraction et nettoyage des données, 7 jours, par le "
        "service informatique ; validation des contenus, 6 jours, par le service marketing ; "
        "adaptation des processus commerciaux, 5 jours, par la direction commerciale. Tout "
        "dépassement de cette estimation est soumis à l'accord préalable du Client.",
    ),
    (
        "internal_effort",
        "Ressources du Client",
        "Tâche | Porteur côté Client | Charge\n"
        "Extraction des données | direction informatique | 4 jours-personne\n"
        "Validation des réponses types | service client | 5 jours-personne\n"
        "Formation des utilisateurs | ressources humaines | 3 jours-personne\n"
        "Conduite du changement | direction commerciale | 3 jours-personne\n"
        "Total | | 15 jours-personne",
    ),
    (
        "internal_effort",
        "Mobilisation des équipes du Client",
        "Le Client mobilise au total vingt (20) journées de travail de ses collaborateurs : dix "
        "pour le responsable CRM (préparation et contrôle des données), six pour deux "
        "commerciaux (test et validation des contenus), quatre pour la responsable formation "
        "(formation des utilisateurs). Toute sollicitation au-delà de ce volume est à la charge "
        "du Prestataire.",
    ),
    # ------------------------------------------------------------------ termination
    (
        "termination",
        "Résiliation et réversibilité",
        "Le Client peut mettre un terme à la présente Lettre à tout moment, par lettre "
        "recommandée ou par courriel, avec un préavis de quinze jours, sans avoir à se justifier "
        "ni à verser d'indemnité ; seules restent dues les prestations exécutées et "
        "réceptionnées.\n\n"
        "Quelle que soit la cause de la fin de la Lettre, le Prestataire restitue au Client, "
        "dans les quinze jours ouvrés, ses données, jeux de données, prompts et modèles "
        "spécifiques, dans des formats ouverts et documentés (CSV, JSON, ONNX), puis supprime "
        "ses copies et en atteste par écrit. Aucun format propriétaire ne peut être imposé au "
        "Client.",
    ),
    (
        "termination",
        "Sortie",
        "Droit de sortie. Chacune des Parties, et notamment le Client, est libre de se retirer "
        "du projet par notification écrite, moyennant un délai de dix (10) jours ouvrés, sans "
        "indemnité. Réversibilité. Le Prestataire s'oblige à remettre au Client, au plus tard "
        "vingt jours après la sortie, l'intégralité des éléments lui appartenant (données, "
        "corpus, consignes, modèles entraînés et leurs paramètres) sous une forme lisible par "
        "des outils libres, accompagnée d'une documentation, et à l'assister sans frais pour "
        "leur reprise par un autre prestataire.",
    ),
    (
        "termination",
        "Fin anticipée",
        "La présente Lettre prend fin par anticipation sur simple décision du Client, notifiée "
        "par écrit avec un préavis de huit (8) jours, sans indemnité, seules les prestations "
        "réceptionnées étant facturables. Dans ce cas comme à son terme normal, le Client "
        "récupère sans frais, dans un délai de 15 jours ouvrés, ses données, les jeux de "
        "données, les prompts et les modèles ajustés, exportés dans des formats standards, "
        "ouverts et documentés, de manière à pouvoir poursuivre avec tout autre prestataire.",
    ),
    # ------------------------------------------------------------------ data_protection
    (
        "data_protection",
        "Données personnelles",
        "Le traitement des données à caractère personnel intervient dans le respect de la loi "
        "n° 18-07 du 10 juin 2018 relative à la protection des personnes physiques dans le "
        "traitement des données à caractère personnel. Les données sont stockées sur des "
        "serveurs situés en Algérie ; tout transfert hors du territoire requiert l'accord écrit "
        "du Client et l'autorisation de l'autorité nationale.\n\n"
        "Le Prestataire chiffre les données au repos et en transit, limite l'accès aux seules "
        "personnes habilitées et tient un registre des accès. Il assiste le Client pour répondre "
        "aux demandes d'accès, de rectification et d'opposition des personnes concernées.",
    ),
    (
        "data_protection",
        "Protection des données et sécurité",
        "Conformité : les Parties respectent le cadre algérien de protection des données "
        "personnelles, en particulier la loi 18-07, ainsi que les délibérations de l'ANPDP. "
        "Hébergement : centre de données d'un opérateur établi à Alger, sans aucune copie à "
        "l'étranger. Sécurité : authentification forte, journalisation, sauvegardes chiffrées. "
        "Droits des personnes : le Prestataire transmet au Client sous 48 heures toute demande "
        "d'accès ou de rectification qu'il reçoit.",
    ),
    (
        "data_protection",
        "Sécurité et données à caractère personnel",
        "Le Prestataire, agissant en qualité de sous-traitant au sens de la loi algérienne "
        "n° 18-07, ne traite les données personnelles que sur instruction écrite du Client. "
        "L'hébergement est assuré sur le territoire national, chez un hébergeur dont le nom est "
        "communiqué au Client avant le début du POC. Les mesures de sécurité (contrôle des "
        "habilitations, chiffrement, journalisation des accès) sont décrites en annexe. Les "
        "personnes concernées exercent leurs droits d'accès, de rectification et d'opposition "
        "auprès du Client, que le Prestataire assiste. يلتزم الطرفان بأحكام القانون رقم 18-07 "
        "المتعلق بحماية الأشخاص الطبيعيين في مجال معالجة المعطيات ذات الطابع الشخصي.",
    ),
    # ------------------------------------------------------------------ binding_effect
    (
        "binding_effect",
        "Portée de la Lettre",
        "La présente Lettre n'emporte pour aucune des Parties l'obligation de conclure le "
        "contrat définitif ; elle traduit seulement leur volonté de négocier de bonne foi. Font "
        "exception, et lient les Parties dès la signature, les stipulations relatives à la "
        "confidentialité, à l'exclusivité et au droit applicable. Toutes les autres stipulations "
        "n'ont qu'une valeur indicative.",
    ),
    (
        "binding_effect",
        "Caractère non contraignant",
        "Stipulations obligatoires | Confidentialité (article 8) ; Exclusivité (article 7) ; "
        "Droit applicable et litiges (article 12)\n"
        "Stipulations indicatives | toutes les autres\n\n"
        "La signature du contrat définitif demeure facultative pour chaque Partie : ni le Client "
        "ni le Prestataire ne peut être contraint de s'engager au-delà des présentes.",
    ),
    (
        "binding_effect",
        "Effets juridiques",
        "Chaque Partie reste libre de ne pas signer d'accord définitif, sans avoir à s'en "
        "justifier ni à indemniser l'autre. Seuls produisent des effets obligatoires les "
        "articles consacrés au secret des informations, à l'exclusivité de négociation et à la "
        "loi applicable ; le reste du document est purement indicatif.",
    ),
    # ------------------------------------------------------------------ governing_law
    (
        "governing_law",
        "Droit applicable",
        "Le droit algérien régit la présente Lettre. Tout différend relatif à son interprétation "
        "ou à son exécution fait d'abord l'objet d'une tentative de règlement amiable de trente "
        "jours ; à défaut, il est porté devant le tribunal compétent d'Alger.",
    ),
    (
        "governing_law",
        "Loi applicable et règlement des litiges",
        "Loi applicable : celle de la République algérienne démocratique et populaire. "
        "Litiges : médiation préalable sous l'égide de la Chambre algérienne de commerce et "
        "d'industrie puis, à défaut d'accord dans les 45 jours, compétence exclusive des "
        "juridictions d'Alger.",
    ),
    (
        "governing_law",
        "Litiges",
        "Les Parties soumettent la présente Lettre à la législation algérienne. Les "
        "contestations qu'elle pourrait susciter sont tranchées, si la médiation échoue, par un "
        "arbitre unique siégeant à Alger selon le règlement de la Chambre algérienne de commerce "
        "et d'industrie, la procédure se déroulant en français. يخضع هذا الخطاب للقانون "
        "الجزائري.",
    ),
    # ------------------------------------------------------------------ validity
    (
        "validity",
        "Durée de validité",
        "La présente Lettre produit ses effets pendant quatre-vingt-dix (90) jours à compter de "
        "sa signature. Faute de contrat définitif signé à cette échéance, elle devient caduque "
        "de plein droit, sans indemnité pour l'une ou l'autre Partie, les stipulations de "
        "confidentialité demeurant applicables.",
    ),
    (
        "validity",
        "Validité",
        "Durée : 3 mois à compter de la date de signature. Passé ce délai sans conclusion de "
        "l'accord définitif, la Lettre cesse de produire effet, sans formalité ni indemnité.",
    ),
    (
        "validity",
        "Durée",
        "Les engagements pris aux présentes restent en vigueur soixante jours à compter de la "
        "dernière signature. Si le contrat définitif n'est pas conclu à l'expiration de ce "
        "délai, la Lettre est caduque ; sa prolongation ne peut résulter que d'un avenant écrit "
        "signé des deux Parties.",
    ),
    (
        "validity",
        "Échéance de la Lettre",
        "La présente Lettre cesse de plein droit d'avoir effet le cent-vingtième (120e) jour "
        "suivant sa signature si les Parties n'ont pas signé le contrat définitif entre-temps, "
        "sans qu'aucune d'elles ne puisse réclamer d'indemnité à l'autre.",
    ),
]

# First measure, blind, engine of 5233374 (session 4): 10 of these clauses raised an alarm
# (price-1, price-2, price-3, price-4, success_criteria-1, poc-3, internal_effort-3,
# termination-3, binding_effect-2, binding_effect-3); the fixes widened the requirements'
# wordings (each checked against the trap batteries and the letters' golds), none is left.


@pytest.mark.parametrize("topic, title, text", GOOD_FR, ids=case_ids(GOOD_FR, 0))
def test_req_fr(topic, title, text):
    assert alarms(title, text, topic) == []
