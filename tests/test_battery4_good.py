"""Clause battery 4, good clauses only (blind, 2026-11-26, session 3).

Written blind by a contracts lawyer from TOPICS.md (the PME position of each topic) and
the harness only: every clause below genuinely MEETS the PME-friendly position of its topic
and a careful PME lawyer would sign it without comment on that topic. They are hard for a
keyword tool: the trap's words appear negated or excepted ("sans que cela emporte",
"à l'exclusion de toute", "in no event shall", "save as expressly"), figures are fine
(deposit 20-30 %, exclusivity 30-60 days with an exit, a billing cap, a dated go/no-go),
tables come as "Étape | Date | Montant" rows, indemnities are refused to the vendor,
licences granted TO the client are irrevocable or exclusive, payments fall due on
acceptance or on the client's orders, the vendor bears data preparation, overruns and
rework, the client may stop with no fee, decisions are joint or the client's committee's,
penalties run from the vendor to the client, and two clauses are written in Arabic only.
No clause may raise a finding of medium or above on its topic."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, marked

GOOD_FR = [
    # ---------------------------------------------------------------- objective
    (
        "objective",
        "Objet",
        "La présente lettre d'intention a pour objet la mise en place par le Prestataire, "
        "au profit du Client, d'un assistant conversationnel IA destiné à réduire de 20 % "
        "le délai de traitement des demandes du service après-vente (SAV) de BETA "
        "Distribution SPA, sans que cela emporte pour le Client une quelconque obligation "
        "de commande au-delà de la preuve de concept (POC) décrite ci-après.",
    ),
    (
        "objective",
        "Objectif",
        "L'objectif métier unique du projet est l'augmentation du taux de conversion des "
        "commandes en ligne du Client, mesurée sur le site e-commerce et le canal WhatsApp "
        "Business ; tout autre objectif (reporting, acquisition) est exclu du présent "
        "projet, sauf accord écrit des deux Parties.",
    ),
    (
        "objective",
        "Objet et objectif",
        "Les Parties entendent, par la présente, préciser les conditions dans lesquelles "
        "ALPHA IA SARL automatisera le reporting commercial hebdomadaire de BETA "
        "Distribution SPA à partir de ses données ERP, l'objectif étant de ramener la "
        "production de ce reporting de trois jours à une demi-journée par semaine.",
    ),
    # ---------------------------------------------------------------- scope
    (
        "scope",
        "Périmètre",
        "Le périmètre du projet couvre exclusivement : les canaux e-mail, centre d'appels "
        "et WhatsApp Business ; l'Algérie (wilayas d'Alger, Oran et Constantine) ; les "
        "langues français et arabe (y compris la darija écrite en caractères latins) ; "
        "la gamme de produits laitiers et d'épicerie sèche. Toute extension du périmètre "
        "n'est possible que par avenant signé par le Client, à l'exclusion de toute "
        "extension tacite ou unilatérale par le Prestataire.",
    ),
    (
        "scope",
        "Périmètre du projet",
        "Canal | Pays | Langues | Produits\n"
        "Site e-commerce | Algérie | FR, AR | boissons et conserves\n"
        "Centre d'appels | Algérie | AR, FR | boissons et conserves\n"
        "Sont hors périmètre les canaux de vente directe en magasin et les exportations, "
        "sans que cette exclusion ouvre droit à une quelconque facturation complémentaire "
        "du Prestataire.",
    ),
    (
        "scope",
        "Périmètre",
        "Le projet porte sur le canal e-mail et le centre d'appels du Client en Algérie, "
        "en langues française et arabe, pour l'ensemble des produits de la marque BETA ; "
        "le périmètre ainsi défini ne peut être étendu qu'avec l'accord écrit préalable "
        "du comité de pilotage du Client.",
    ),
    # ---------------------------------------------------------------- deliverables
    (
        "deliverables",
        "Livrables",
        "Le Prestataire remettra au Client les livrables suivants, chacun faisant l'objet "
        "d'un procès-verbal de réception signé par le Client : (i) un POC de "
        "qualification des demandes SAV ; (ii) l'intégration au CRM du Client ; (iii) "
        "deux sessions de formation des agents ; (iv) une documentation technique et "
        "une documentation utilisateur en français et en arabe. Tout livrable refusé "
        "est repris par le Prestataire à ses frais, sans que cela emporte de "
        "facturation supplémentaire.",
    ),
    (
        "deliverables",
        "Livrables attendus",
        "Livrable | Contenu | Réception\n"
        "L1 POC | modèle de scoring des leads sur données réelles | PV signé par le Client\n"
        "L2 Intégration | connecteur ERP et CRM | PV signé par le Client\n"
        "L3 Formation | 3 sessions de 4 heures pour 12 utilisateurs | feuille d'émargement\n"
        "L4 Documentation | guide d'administration et guide utilisateur | PV signé par le Client",
    ),
    (
        "deliverables",
        "Livrables",
        "Sont des livrables au sens de la présente lettre : la preuve de concept, "
        "l'intégration au système de billetterie SAV, la formation des équipes du Client "
        "et la documentation d'exploitation ; aucun livrable n'est réputé accepté du seul "
        "fait de sa mise en production ou de l'écoulement d'un délai, la réception "
        "résultant exclusivement d'un procès-verbal signé par le Client.",
    ),
    # ---------------------------------------------------------------- price
    (
        "price",
        "Conditions financières",
        "Le prix se décompose en une partie fixe de 2 400 000 DA HT (cadrage, mise en "
        "place et intégration) et une partie variable de 150 DA HT par lead transmis "
        "au CRM et accepté par le Client. La partie fixe est payable comme suit :\n"
        "Étape | Date | Montant\n"
        "Acompte à la signature du contrat définitif | 15/01/2027 | 25 %\n"
        "Réception du POC (PV signé) | 31/03/2027 | 35 %\n"
        "Réception définitive (PV signé) | 30/06/2027 | solde de 40 %\n"
        "Le montant total facturé au titre de la première année ne pourra en aucun cas "
        "excéder 4 000 000 DA HT, plafond au-delà duquel aucune somme n'est due.",
    ),
    (
        "price",
        "Prix",
        "En aucun cas le prix ne sera présenté sous la forme d'un forfait global : il "
        "comprend des frais de mise en place de 1 200 000 DA HT, dont un acompte de 20 % "
        "versé à la commande, le solde étant payable à la réception constatée par "
        "procès-verbal, et un abonnement de 3 000 DA HT par utilisateur et par mois, "
        "facturé uniquement sur bons de commande émis par le Client à sa seule "
        "discrétion, dans la limite d'un plafond annuel de 1 800 000 DA HT.",
    ),
    (
        "price",
        "Conditions financières",
        "Part fixe (intégration) : 900 000 DA HT, payable 30 % à la signature, 70 % "
        "à la réception du POC.\n"
        "Part variable : 5 % du chiffre d'affaires additionnel mesuré par rapport à la "
        "base de référence, payable trimestriellement après décision de poursuite (go) "
        "du Client.\n"
        "Plafond de facturation : 2 500 000 DA HT sur la durée du projet.\n"
        "Aucune somme n'est due au Prestataire en cas de décision no-go, à l'exclusion "
        "de toute indemnité, pénalité ou frais de résiliation.",
    ),
    # ---------------------------------------------------------------- data
    (
        "data",
        "Données et hypothèses",
        "Les sources de données mises à disposition sont le CRM (environ 45 000 fiches "
        "clients, historique de 3 ans), l'ERP (120 000 commandes par an) et la boîte "
        "e-mail du SAV (18 mois d'historique). La qualité attendue est la suivante : "
        "taux de doublons inférieur à 5 %, champs obligatoires renseignés à 90 %, "
        "formats CSV ou JSON. La préparation, le nettoyage et la normalisation des "
        "données incombent au Prestataire, sans que cela emporte un quelconque "
        "surcoût pour le Client.",
    ),
    (
        "data",
        "Données",
        "Source | Volume | Historique | Format\n"
        "CRM | 30 000 contacts | 24 mois | CSV\n"
        "Centre d'appels | 8 000 appels par mois | 12 mois | fichiers audio WAV\n"
        "WhatsApp Business | 2 500 conversations par mois | 6 mois | JSON\n"
        "Les doublons, champs manquants et formats hétérogènes sont traités par le "
        "Prestataire, qui prend en charge l'intégralité de la préparation des données.",
    ),
    (
        "data",
        "Hypothèses relatives aux données",
        "Il est entendu que les données du Client (ERP et e-commerce, environ 200 000 "
        "lignes de commandes sur deux ans) pourront comporter des doublons, des champs "
        "manquants et des formats non homogènes ; leur préparation est à la charge "
        "exclusive du Prestataire, et aucune insuffisance de qualité des données ne "
        "pourra être invoquée par le Prestataire pour réclamer une indemnité ou un "
        "complément de prix.",
    ),
    # ---------------------------------------------------------------- success_criteria
    (
        "success_criteria",
        "Critères de succès",
        "KPI | Base de référence | Cible\n"
        "Coût par lead | 1 200 DA (moyenne T3 2026) | -15 %\n"
        "Taux de conversion | 2,4 % (moyenne T3 2026) | +10 %\n"
        "Délai de première réponse SAV | 26 heures | 4 heures\n"
        "Les KPI sont mesurés conjointement par les Parties sur les données du Client à "
        "la fin du POC.",
    ),
    (
        "success_criteria",
        "Définitions et critères de succès",
        "« Lead qualifié » désigne un contact ayant fourni un numéro de téléphone valide "
        "et exprimé une intention d'achat enregistrée dans le CRM. « Utilisateur actif » "
        "désigne un agent du Client s'étant connecté au moins une fois dans le mois "
        "civil. « Taux de conversion » désigne le rapport entre commandes payées et "
        "leads qualifiés. Le projet est réputé réussi si le taux de conversion passe de "
        "3 % (base mesurée en octobre 2026) à au moins 3,3 %, soit +10 %.",
    ),
    (
        "success_criteria",
        "KPI",
        "Le succès du POC s'apprécie sur deux indicateurs mesurables, à partir de la base "
        "de référence arrêtée conjointement avant le lancement : réduction d'au moins "
        "15 % du coût par lead (base : 950 DA) et réduction de 30 % du volume d'appels "
        "non traités (base : 1 100 par mois). À défaut d'atteinte de ces cibles, aucune "
        "rémunération de succès n'est due au Prestataire.",
    ),
    # ---------------------------------------------------------------- timeline
    (
        "timeline",
        "Calendrier",
        "Étape | Date\n"
        "Atelier de cadrage | 05/01/2027\n"
        "Audit des données | 25/01/2027\n"
        "POC | du 01/02/2027 au 15/03/2027\n"
        "Décision go/no-go du Client | 31/03/2027\n"
        "Déploiement | 30/04/2027\n"
        "Formation et passation | 31/05/2027",
    ),
    (
        "timeline",
        "Planning",
        "L'atelier de cadrage se tiendra le 12 janvier 2027, l'audit des données sera "
        "achevé le 2 février 2027 et le POC livré le 16 mars 2027 ; la décision "
        "go/no-go sera prise par le Client au plus tard le 31 mars 2027, le déploiement "
        "et la formation intervenant avant le 30 juin 2027. Tout retard imputable au "
        "Prestataire donne lieu à des pénalités de 0,5 % du prix fixe par jour "
        "calendaire au profit du Client, plafonnées à 10 %.",
    ),
    (
        "timeline",
        "Calendrier prévisionnel",
        "Le calendrier comprend les étapes datées suivantes : cadrage (semaine du "
        "1er février 2027), audit des données (15 février 2027), POC (1er mars au "
        "15 avril 2027), décision de poursuite par le comité de pilotage du Client le "
        "30 avril 2027, déploiement (31 mai 2027) et passation (30 juin 2027). Aucun "
        "décalage de ces dates ne peut intervenir sans l'accord écrit du Client.",
    ),
    # ---------------------------------------------------------------- exclusivity
    (
        "exclusivity",
        "Exclusivité",
        "Le Client accorde au Prestataire une exclusivité de 45 jours à compter de la "
        "signature, limitée au seul périmètre du projet (assistant SAV), à l'exclusion de "
        "toute autre activité du Client. Cette exclusivité est subordonnée à la remise "
        "par le Prestataire, dans les 10 jours, du planning détaillé et de l'affectation "
        "nominative de deux data scientists ; à défaut, le Client peut y mettre fin "
        "immédiatement par simple notification écrite. Elle prend fin de plein droit, de "
        "manière anticipée, à la décision go/no-go et ne peut en aucun cas être "
        "prolongée sans l'accord écrit du Client.",
    ),
    (
        "exclusivity",
        "Exclusivité",
        "Pendant 30 jours, le Client s'engage à ne pas négocier avec un autre prestataire "
        "pour le même projet de scoring des leads, sous réserve que le Prestataire "
        "ait obtenu l'accès aux données, livré le POC et respecté le planning. Le Client "
        "peut sortir de l'exclusivité à tout moment si l'une de ces conditions n'est "
        "pas remplie, sans aucune indemnité au profit du Prestataire. Aucun "
        "renouvellement tacite n'est possible.",
    ),
    (
        "exclusivity",
        "Exclusivité de négociation",
        "Une exclusivité de négociation de 60 jours au plus est consentie au Prestataire "
        "sur le seul périmètre défini à l'article Périmètre, à condition qu'il affecte au "
        "projet les ressources annoncées (un chef de projet et deux ingénieurs) et "
        "respecte les dates du calendrier. Elle cesse de plein droit en cas de manquement "
        "à ces engagements ou de décision no-go, et ne peut être prolongée que par un "
        "écrit signé des deux Parties.",
    ),
    # ---------------------------------------------------------------- confidentiality
    (
        "confidentiality",
        "Confidentialité",
        "Chaque Partie s'engage à garder confidentielles les informations de l'autre "
        "Partie, y compris les données partagées lors de l'audit des données et du POC. "
        "Ne sont pas confidentielles les informations tombées dans le domaine public "
        "sans faute de la Partie qui les reçoit, étant précisé que cette exception ne "
        "s'applique en aucun cas aux données du Client, qui demeurent confidentielles en "
        "toutes circonstances. Cette obligation survit à l'expiration de la présente "
        "lettre pendant cinq ans.",
    ),
    (
        "confidentiality",
        "Confidentialité",
        "Les obligations de confidentialité sont réciproques et couvrent notamment les "
        "extractions CRM, ERP et e-mails communiquées pendant l'audit. Les exceptions "
        "usuelles (information connue antérieurement, développée indépendamment ou "
        "reçue d'un tiers) excluent expressément les données du Client et de ses "
        "clients. Ces obligations survivent à l'expiration ou à la caducité de la "
        "présente lettre d'intention pendant une durée de trois ans.",
    ),
    (
        "confidentiality",
        "Obligations de confidentialité",
        "Les Parties s'engagent mutuellement à ne divulguer aucune information "
        "confidentielle reçue de l'autre, notamment les données transmises pendant les "
        "audits et ateliers, sans que l'exception relative aux informations publiques "
        "puisse jamais viser les données du Client. Le présent article survit à la fin "
        "de la lettre d'intention, quelle qu'en soit la cause, pour une durée de "
        "cinq ans.",
    ),
    # ---------------------------------------------------------------- ip
    (
        "ip",
        "Propriété intellectuelle",
        "Le Client demeure seul propriétaire de ses données, des jeux de données "
        "constitués, des prompts, des modèles affinés et de leurs paramètres ainsi que "
        "des contenus générés. Le Prestataire conserve la propriété de ses outils "
        "préexistants, sur lesquels il concède au Client une licence irrévocable, "
        "perpétuelle et gratuite, pour les besoins de son activité, sans que cela "
        "emporte une quelconque cession au Prestataire des droits du Client.",
    ),
    (
        "ip",
        "Propriété intellectuelle",
        "Sont la propriété exclusive du Client, dès leur création : les jeux de données, "
        "les prompts, les paramètres des modèles entraînés ou affinés sur ses données et "
        "les contenus générés. Le Prestataire conserve ses briques logicielles "
        "préexistantes et accorde au Client une licence d'utilisation non exclusive, "
        "mondiale et perpétuelle de ces briques, à l'exclusion de toute redevance "
        "supplémentaire. Aucune licence n'est consentie au Prestataire sur les données "
        "du Client, hors la stricte exécution du projet.",
    ),
    (
        "ip",
        "Droits de propriété intellectuelle",
        "En aucun cas le Prestataire ne pourra réutiliser les données, prompts, modèles "
        "affinés ou contenus générés du Client, qui en reste l'unique propriétaire ; les "
        "outils préexistants du Prestataire lui restent acquis et font l'objet, au "
        "profit du Client, d'une licence exclusive sur le secteur de la distribution "
        "alimentaire en Algérie, irrévocable pour la durée de protection des droits.",
    ),
    # ---------------------------------------------------------------- governance
    (
        "governance",
        "Gouvernance",
        "Le sponsor du projet est le Directeur commercial du Client. Les livrables sont "
        "validés par le comité de pilotage du Client, qui arbitre en dernier ressort les "
        "désaccords. Le comité se réunit chaque semaine pendant le POC, puis une fois par "
        "mois.",
    ),
    (
        "governance",
        "Gouvernance du projet",
        "Un comité de pilotage conjoint (COPIL), présidé par le sponsor du Client "
        "(Directeur des systèmes d'information de BETA Distribution SPA), se réunit de "
        "façon hebdomadaire durant le POC et mensuelle ensuite. Les décisions sont "
        "prises conjointement ; à défaut d'accord, l'arbitrage revient au sponsor du "
        "Client. La validation des livrables relève exclusivement du Client.",
    ),
    (
        "governance",
        "Gouvernance",
        "Instance | Fréquence | Rôle\n"
        "Comité de projet | hebdomadaire pendant le POC | suivi et validation des livrables par le Client\n"
        "Comité de pilotage | mensuel après le POC | arbitrage par le sponsor du Client (DG)\n"
        "Aucune décision engageant le Client n'est prise sans l'accord de son sponsor.",
    ),
    # ---------------------------------------------------------------- poc
    (
        "poc",
        "Preuve de concept",
        "Le POC a pour objectif de démontrer la capacité du modèle à classer "
        "automatiquement les demandes SAV. Il dure six semaines, utilise un extrait "
        "anonymisé de 10 000 e-mails du Client et sera accepté si le taux de bon "
        "classement atteint 85 %. À son issue, le Client prend librement la décision "
        "go/no-go ; le POC ne constitue pas le produit final et une décision no-go "
        "n'ouvre droit à aucune indemnité au profit du Prestataire.",
    ),
    (
        "poc",
        "POC",
        "Objectif | prédire les ruptures de stock à 7 jours\n"
        "Durée | 8 semaines\n"
        "Données | historique ERP de 24 mois\n"
        "Critère d'acceptation | erreur moyenne inférieure à 12 %\n"
        "Décision | go/no-go du comité de pilotage du Client au 30/04/2027\n"
        "Le POC est un prototype distinct de la solution finale ; sa réussite "
        "n'emporte aucune obligation d'achat pour le Client.",
    ),
    (
        "poc",
        "Preuve de concept (POC)",
        "Le Prestataire réalise à ses frais et risques un POC de 45 jours sur les données "
        "CRM du Client, dont l'objectif est la qualification automatique des leads. Les "
        "critères d'acceptation sont ceux de l'article Critères de succès. Le POC n'est "
        "pas le produit final. Le Client peut arrêter le projet à l'issue du POC, sans "
        "frais ni indemnité, par une décision no-go notifiée par écrit ; tout travail de "
        "reprise nécessaire pour atteindre les critères est à la charge du Prestataire.",
    ),
    # ---------------------------------------------------------------- internal_effort
    (
        "internal_effort",
        "Charge interne",
        "La charge interne du Client est estimée à 25 jours-homme au total : 10 "
        "jours-homme pour l'accompagnement au nettoyage des données (référent CRM), 8 "
        "pour l'adaptation des processus (responsable SAV), 5 pour la formation et 2 pour "
        "la validation des contenus. Tout dépassement de cette charge du fait du "
        "Prestataire est compensé par celui-ci, sans que le Client ait à supporter "
        "un quelconque coût complémentaire.",
    ),
    (
        "internal_effort",
        "Ressources du Client",
        "Tâche | Porteur | Jours-homme\n"
        "Extraction et nettoyage des données | DSI du Client | 6\n"
        "Évolution des processus | Direction commerciale | 4\n"
        "Formation des agents | Responsable SAV | 3\n"
        "Rédaction des contenus | Marketing | 3\n"
        "Au-delà de ces 16 jours-homme, aucune ressource supplémentaire ne peut être "
        "exigée du Client sans son accord écrit.",
    ),
    (
        "internal_effort",
        "Charge interne et ressources",
        "Le Client mobilisera un chef de projet à 20 % (soit environ 12 jours-homme sur "
        "le POC) et un référent métier à hauteur de 5 jours-homme pour la formation et "
        "la relecture des contenus ; le nettoyage des données est réalisé par le "
        "Prestataire, le Client se bornant à fournir les extractions.",
    ),
    # ---------------------------------------------------------------- risk_allocation
    (
        "risk_allocation",
        "Répartition des risques",
        "Le Prestataire supporte les risques liés à l'insuffisance des données, qu'il "
        "s'engage à compléter ou à enrichir, ainsi que les dépassements d'intégration, "
        "la reprise des livrables et la conformité réglementaire de sa solution. Pour "
        "éviter tout verrouillage technologique, la solution repose sur des formats "
        "ouverts. Si les résultats business ne sont pas atteints, la part variable n'est "
        "pas due, sans aucune indemnité au profit du Prestataire.",
    ),
    (
        "risk_allocation",
        "Répartition des risques",
        "Risque | Porteur\n"
        "Données insuffisantes | Prestataire\n"
        "Dépassement d'intégration | Prestataire\n"
        "Dépendance technologique (lock-in) | Prestataire, tenu à la réversibilité\n"
        "Conformité (loi 18-07) | Prestataire\n"
        "Résultats business non atteints | partagé : la part variable n'est pas due",
    ),
    (
        "risk_allocation",
        "Risques",
        "En aucun cas le Client ne supportera le coût d'un dépassement du budget "
        "d'intégration, d'un retard lié à la qualité des données ou d'une non-conformité "
        "de la solution, ces risques étant portés par le Prestataire. La responsabilité "
        "du Client envers le Prestataire est limitée au montant effectivement payé. "
        "Le risque de dépendance est traité par la remise, à tout moment, des modèles et "
        "données en formats ouverts ; le risque de résultats business non atteints est "
        "supporté par le Prestataire au travers de sa part variable.",
    ),
    # ---------------------------------------------------------------- termination
    (
        "termination",
        "Résiliation et réversibilité",
        "Le Client peut mettre fin au projet à tout moment, sans motif et sans frais, "
        "par notification écrite avec un préavis de 15 jours ; aucune indemnité n'est "
        "due au Prestataire de ce fait. En cas de sortie, le Prestataire restitue sous "
        "15 jours l'ensemble des données, prompts et modèles affinés dans des formats "
        "ouverts (CSV, JSON, ONNX) et supprime ses copies, sans que le Client soit "
        "dépendant d'un quelconque outil propriétaire.",
    ),
    (
        "termination",
        "Sortie et réversibilité",
        "Chacune des Parties peut résilier en cas de manquement grave de l'autre non "
        "réparé dans les 30 jours ; le Client peut en outre renoncer au projet après "
        "la décision no-go, à l'exclusion de toute pénalité ou indemnité de "
        "résiliation. La réversibilité est assurée par le Prestataire, à ses frais : "
        "remise des données, jeux de données et paramètres des modèles dans un format "
        "ouvert et documenté, et assistance à la reprise par le Client ou un tiers.",
    ),
    (
        "termination",
        "Résiliation",
        "Le Client a le droit de résilier la relation à l'issue de chaque étape du "
        "calendrier, sans frais ; seules les étapes réceptionnées restent dues. La "
        "résiliation emporte l'obligation pour le Prestataire de restituer les données "
        "et modèles du Client en formats ouverts dans un délai de 10 jours ouvrés, sans "
        "que cela emporte d'effet de verrouillage technique ou contractuel.",
    ),
    # ---------------------------------------------------------------- data_protection
    (
        "data_protection",
        "Données personnelles",
        "Le Prestataire traite les données à caractère personnel des clients de BETA "
        "Distribution SPA conformément à la loi n° 18-07 du 10 juin 2018, exclusivement "
        "pour le compte du Client et sur ses instructions. Les données sont hébergées en "
        "Algérie, chiffrées au repos et en transit, et l'accès est réservé aux seules "
        "personnes habilitées, nommément désignées. Le Prestataire garantit l'exercice "
        "des droits d'accès, de rectification et d'opposition des personnes concernées.",
    ),
    (
        "data_protection",
        "البيانات الشخصية",
        "يلتزم المقدم بمعالجة المعطيات ذات الطابع الشخصي وفقا للقانون رقم 18-07 المؤرخ في "
        "10 يونيو 2018 المتعلق بحماية الأشخاص الطبيعيين في مجال معالجة المعطيات ذات الطابع "
        "الشخصي. تستضاف المعطيات في الجزائر، وتؤمن بالتشفير، ولا يطلع عليها إلا الأشخاص "
        "المرخص لهم. ويضمن المقدم حقوق الوصول والتصحيح والاعتراض للأشخاص المعنيين.",
    ),
    (
        "data_protection",
        "Sécurité et protection des données",
        "Aucune donnée personnelle ne sera transférée hors d'Algérie sans l'autorisation "
        "préalable de l'ANPDP et l'accord écrit du Client. Le Prestataire se conforme à "
        "la loi 18-07, met en œuvre des mesures de sécurité (chiffrement, journalisation, "
        "contrôle des accès par rôles) et assure le respect des droits d'accès des "
        "personnes concernées ; il notifie au Client toute violation de données dans un "
        "délai de 48 heures.",
    ),
    # ---------------------------------------------------------------- binding_effect
    (
        "binding_effect",
        "Portée de la lettre",
        "La présente lettre d'intention n'emporte aucune obligation de conclure le "
        "contrat définitif ni aucun engagement de commande. Seules les clauses "
        "Confidentialité, Exclusivité et Droit applicable ont un caractère obligatoire "
        "et lient les Parties ; toutes les autres stipulations sont dépourvues de "
        "caractère contraignant.",
    ),
    (
        "binding_effect",
        "Caractère non contraignant",
        "À l'exception des articles relatifs à la confidentialité, à l'exclusivité et au "
        "droit applicable, qui sont juridiquement contraignants, la présente lettre "
        "constitue une simple déclaration d'intention et ne crée aucune obligation "
        "pour le Client ; aucune indemnité ne sera due au Prestataire en cas de non-"
        "conclusion du contrat définitif.",
    ),
    (
        "binding_effect",
        "Portée juridique",
        "Sont obligatoires : la confidentialité, l'exclusivité et le droit applicable. "
        "Ne sont pas obligatoires : le prix, le calendrier, les livrables et le "
        "périmètre, qui restent indicatifs jusqu'à la signature du contrat définitif, "
        "sans que le Client soit tenu d'y donner suite.",
    ),
    # ---------------------------------------------------------------- governing_law
    (
        "governing_law",
        "Droit applicable et litiges",
        "La présente lettre est régie par le droit algérien. Tout différend est d'abord "
        "soumis à une médiation pendant 30 jours ; à défaut d'accord, il est porté "
        "devant le tribunal compétent d'Alger, à l'exclusion de toute juridiction "
        "étrangère.",
    ),
    (
        "governing_law",
        "القانون الواجب التطبيق",
        "تخضع رسالة النوايا هذه للقانون الجزائري. وفي حالة نشوء أي نزاع، يسعى الطرفان إلى "
        "حله وديا عن طريق الوساطة خلال ثلاثين يوما، وإلا يرفع النزاع إلى المحكمة المختصة "
        "بالجزائر العاصمة.",
    ),
    (
        "governing_law",
        "Litiges",
        "Le droit algérien s'applique. Les différends sont réglés par voie de médiation, "
        "puis, à défaut, par arbitrage selon le règlement du centre d'arbitrage de la "
        "Chambre algérienne de commerce et d'industrie (CACI), le siège de l'arbitrage "
        "étant fixé à Alger et la langue de la procédure étant le français.",
    ),
    # ---------------------------------------------------------------- validity
    (
        "validity",
        "Durée et validité",
        "La présente lettre entre en vigueur à sa signature et reste valable 90 jours. "
        "À défaut de signature du contrat définitif au 31 mars 2027, elle devient "
        "caduque de plein droit, sans indemnité de part ni d'autre et sans "
        "renouvellement tacite.",
    ),
    (
        "validity",
        "Validité",
        "La présente lettre d'intention expire le 28 février 2027 si le contrat "
        "définitif n'a pas été signé à cette date ; elle ne peut être prorogée que par "
        "un écrit signé des deux Parties. Seules survivent à sa caducité les clauses de "
        "confidentialité et de droit applicable.",
    ),
    (
        "validity",
        "Durée",
        "La lettre produit ses effets pendant deux mois à compter de sa signature ; à "
        "l'échéance, et faute de contrat définitif, elle cesse automatiquement de "
        "produire effet, à l'exclusion de toute reconduction tacite, sans que le Client "
        "doive quelque somme que ce soit au Prestataire.",
    ),
]

GOOD_EN = [
    # ---------------------------------------------------------------- objective
    (
        "objective",
        "Purpose",
        "The purpose of this letter of intent is for the Provider to deploy an AI "
        "assistant that reduces the Client's after-sales (SAV) handling time by 20 %, "
        "without this creating any obligation on the Client to order anything beyond "
        "the proof of concept (POC).",
    ),
    (
        "objective",
        "Objective",
        "The single business goal of the project is to increase the conversion rate of "
        "the Client's online orders; reporting and acquisition goals are excluded save "
        "as expressly agreed in writing by both Parties.",
    ),
    # ---------------------------------------------------------------- scope
    (
        "scope",
        "Scope",
        "The scope covers only the e-mail, call-center and WhatsApp Business channels, "
        "in Algeria, in French and Arabic, for the Client's dairy and dry-goods products. "
        "In no event shall the scope be extended other than by an amendment signed by "
        "the Client.",
    ),
    (
        "scope",
        "Scope",
        "Channel | Country | Languages | Products\n"
        "E-commerce website | Algeria | FR, AR | beverages\n"
        "Call center | Algeria | AR, FR | beverages\n"
        "In-store sales and exports are out of scope, with no additional charge to the "
        "Client.",
    ),
    # ---------------------------------------------------------------- deliverables
    (
        "deliverables",
        "Deliverables",
        "The Provider shall deliver: (i) a POC for ticket classification; (ii) the "
        "integration with the Client's CRM; (iii) two training sessions for the "
        "Client's agents; and (iv) technical and user documentation in French and "
        "Arabic. Each deliverable is accepted only by an acceptance certificate signed "
        "by the Client, and any rejected deliverable is reworked at the Provider's cost.",
    ),
    (
        "deliverables",
        "Deliverables",
        "Deliverable | Content | Acceptance\n"
        "D1 POC | lead-scoring model on real data | certificate signed by the Client\n"
        "D2 Integration | ERP and CRM connector | certificate signed by the Client\n"
        "D3 Training | 3 sessions for 12 users | attendance sheet\n"
        "D4 Documentation | admin and user guides | certificate signed by the Client",
    ),
    # ---------------------------------------------------------------- price
    (
        "price",
        "Fees and payment",
        "The fees comprise a fixed set-up and integration fee of DZD 2,400,000 "
        "excluding VAT and a variable fee of DZD 150 per lead accepted by the Client.\n"
        "Milestone | Date | Amount\n"
        "Deposit on signature | 15/01/2027 | 25 %\n"
        "POC acceptance certificate | 31/03/2027 | 35 %\n"
        "Final acceptance certificate | 30/06/2027 | balance of 40 %\n"
        "In no event shall the total invoiced in the first year exceed DZD 4,000,000 "
        "excluding VAT.",
    ),
    (
        "price",
        "Price",
        "The price is not a global package: a set-up fee of DZD 1,200,000 (20 % deposit "
        "on order, balance on acceptance) and a subscription of DZD 3,000 per user per "
        "month, invoiced only against purchase orders issued by the Client at its sole "
        "discretion, subject to an annual cap of DZD 1,800,000. No fee of any kind is "
        "payable to the Provider after a no-go decision.",
    ),
    # ---------------------------------------------------------------- data
    (
        "data",
        "Data and assumptions",
        "Data sources: the CRM (about 45,000 customer records, 3 years of history), the "
        "ERP (120,000 orders a year) and the after-sales mailbox (18 months). Expected "
        "quality: duplicates below 5 %, mandatory fields 90 % complete, CSV or JSON "
        "formats. Data preparation, cleansing and normalisation are the Provider's "
        "responsibility, at no extra cost to the Client.",
    ),
    (
        "data",
        "Data",
        "Source | Volume | History | Format\n"
        "CRM | 30,000 contacts | 24 months | CSV\n"
        "Call center | 8,000 calls a month | 12 months | WAV\n"
        "WhatsApp Business | 2,500 chats a month | 6 months | JSON\n"
        "Duplicates, missing fields and format issues are handled by the Provider, who "
        "prepares the data in full.",
    ),
    # ---------------------------------------------------------------- success_criteria
    (
        "success_criteria",
        "Success criteria",
        "KPI | Baseline | Target\n"
        "Cost per lead | DZD 1,200 (Q3 2026 average) | -15 %\n"
        "Conversion rate | 2.4 % (Q3 2026 average) | +10 %\n"
        "First response time | 26 hours | 4 hours\n"
        "The KPIs are measured jointly by the Parties on the Client's data at the end of "
        "the POC.",
    ),
    (
        "success_criteria",
        "Definitions and KPIs",
        '"Qualified lead" means a contact who has given a valid phone number and a '
        'recorded purchase intent in the CRM. "Conversion rate" means paid orders '
        "divided by qualified leads. The project succeeds if the conversion rate rises "
        "from the baseline of 3 % (measured in October 2026) to at least 3.3 % (+10 %).",
    ),
    # ---------------------------------------------------------------- timeline
    (
        "timeline",
        "Timeline",
        "Step | Date\n"
        "Scoping workshop | 05/01/2027\n"
        "Data audit | 25/01/2027\n"
        "POC | 01/02/2027 to 15/03/2027\n"
        "Client's go/no-go decision | 31/03/2027\n"
        "Deployment | 30/04/2027\n"
        "Training and hand-over | 31/05/2027",
    ),
    (
        "timeline",
        "Schedule",
        "The scoping workshop will be held on 12 January 2027, the data audit completed "
        "by 2 February 2027 and the POC delivered by 16 March 2027; the Client's "
        "steering committee will take the go/no-go decision by 31 March 2027, with "
        "deployment and training completed by 30 June 2027. Delays attributable to the "
        "Provider give rise to penalties of 0.5 % of the fixed fee per day payable to "
        "the Client, capped at 10 %.",
    ),
    # ---------------------------------------------------------------- exclusivity
    (
        "exclusivity",
        "Exclusivity",
        "The Client grants the Provider an exclusivity of 45 days from signature, "
        "limited to the project's own scope, conditional on the Provider giving data "
        "access, delivering the POC on time and assigning two named data scientists. "
        "The Client may end it at any time if any condition is not met, with no "
        "compensation whatsoever to the Provider. It ends early at the go/no-go "
        "decision and in no event shall it be extended without the Client's written "
        "agreement.",
    ),
    (
        "exclusivity",
        "Exclusive negotiation",
        "For 30 days, the Client will not negotiate with another vendor for this same "
        "lead-scoring project, provided the Provider staffs the project as planned and "
        "meets the schedule; the exclusivity lapses automatically upon any failure to do "
        "so or upon a no-go decision, and is not renewable save by written agreement "
        "of both Parties.",
    ),
    # ---------------------------------------------------------------- confidentiality
    (
        "confidentiality",
        "Confidentiality",
        "Each Party shall keep confidential the other Party's information, including the "
        "data shared during the data audit and the POC. Information in the public domain "
        "is excluded, save that this exception shall in no event apply to the Client's "
        "data. This obligation survives the expiry of this letter for five years.",
    ),
    (
        "confidentiality",
        "Confidentiality",
        "The confidentiality obligations are mutual and cover in particular the CRM, ERP "
        "and e-mail extracts shared during the audit. The usual exceptions (prior "
        "knowledge, independent development, third-party disclosure) expressly exclude "
        "the data of the Client and of its customers. These obligations survive the "
        "termination or lapse of this letter for three years.",
    ),
    # ---------------------------------------------------------------- ip
    (
        "ip",
        "Intellectual property",
        "The Client owns its data, datasets, prompts, fine-tuned models and their "
        "parameters, and all generated content. The Provider keeps its pre-existing "
        "tools and grants the Client an irrevocable, perpetual, royalty-free licence to "
        "use them. In no event shall any right of the Client be assigned to the "
        "Provider.",
    ),
    (
        "ip",
        "Intellectual property",
        "Datasets, prompts, model parameters trained on the Client's data and generated "
        "content belong exclusively to the Client from creation. The Provider retains "
        "its pre-existing components and grants the Client an exclusive licence for "
        "food distribution in Algeria, irrevocable for the term of protection. No licence "
        "on the Client's data is granted to the Provider save as strictly needed to "
        "perform the project.",
    ),
    # ---------------------------------------------------------------- governance
    (
        "governance",
        "Governance",
        "The project sponsor is the Client's Sales Director. Deliverables are validated "
        "by the Client's steering committee, which arbitrates any disagreement. The "
        "committee meets weekly during the POC and monthly afterwards.",
    ),
    (
        "governance",
        "Project governance",
        "A joint steering committee chaired by the Client's sponsor (its CIO) meets "
        "weekly during the POC and monthly thereafter. Decisions are taken jointly; "
        "failing agreement, the Client's sponsor arbitrates. Deliverables are validated "
        "by the Client only.",
    ),
    # ---------------------------------------------------------------- poc
    (
        "poc",
        "Proof of concept",
        "The POC aims to show that the model can classify after-sales requests. It lasts "
        "six weeks, uses an anonymised extract of 10,000 of the Client's e-mails and is "
        "accepted if classification accuracy reaches 85 %. The Client then freely takes "
        "the go/no-go decision; the POC is not the final product and a no-go decision "
        "entitles the Provider to no compensation.",
    ),
    (
        "poc",
        "POC",
        "Objective | forecast stock-outs 7 days ahead\n"
        "Duration | 8 weeks\n"
        "Data | 24 months of ERP history\n"
        "Acceptance criterion | mean error below 12 %\n"
        "Decision | go/no-go by the Client's steering committee on 30/04/2027\n"
        "The POC is a prototype distinct from the final solution and its success creates "
        "no purchase obligation for the Client.",
    ),
    # ---------------------------------------------------------------- internal_effort
    (
        "internal_effort",
        "Internal effort",
        "The Client's internal workload is estimated at 25 person-days: 10 for support "
        "to data cleansing (CRM lead), 8 for process change (after-sales manager), 5 for "
        "training and 2 for content review. Any overrun caused by the Provider is borne "
        "by the Provider at no cost to the Client.",
    ),
    (
        "internal_effort",
        "Client resources",
        "Task | Owner | Person-days\n"
        "Data extraction and cleansing | Client IT | 6\n"
        "Process change | Sales department | 4\n"
        "Agent training | After-sales manager | 3\n"
        "Content writing | Marketing | 3\n"
        "No further resources may be required of the Client without its written consent.",
    ),
    # ---------------------------------------------------------------- risk_allocation
    (
        "risk_allocation",
        "Allocation of risks",
        "The Provider bears the risks of insufficient data, integration overruns, rework "
        "and regulatory compliance of its solution. To avoid lock-in, the solution "
        "relies on open formats. If business results are not reached, the variable fee "
        "is not payable, with no compensation to the Provider.",
    ),
    (
        "risk_allocation",
        "Risks",
        "Risk | Borne by\n"
        "Insufficient data | Provider\n"
        "Integration overrun | Provider\n"
        "Lock-in | Provider, bound to reversibility\n"
        "Compliance (Law 18-07) | Provider\n"
        "Business results not reached | shared: the variable fee is not due",
    ),
    # ---------------------------------------------------------------- termination
    (
        "termination",
        "Termination and reversibility",
        "The Client may end the project at any time, without cause and at no cost, on 15 "
        "days' written notice; no compensation is due to the Provider. On exit, the "
        "Provider returns within 15 days all data, prompts and fine-tuned models in open "
        "formats (CSV, JSON, ONNX) and deletes its copies, so that the Client is never "
        "locked in to any proprietary tool.",
    ),
    (
        "termination",
        "Exit",
        "Either Party may terminate for a material breach not cured within 30 days; the "
        "Client may also walk away after a no-go decision, with no termination fee or "
        "penalty. The Provider ensures reversibility at its own cost: hand-back of data, "
        "datasets and model parameters in an open, documented format and assistance to "
        "the Client or a third party taking over.",
    ),
    # ---------------------------------------------------------------- data_protection
    (
        "data_protection",
        "Personal data",
        "The Provider processes personal data of the Client's customers in compliance "
        "with Algerian Law 18-07 of 10 June 2018, only on the Client's instructions. The "
        "data is hosted in Algeria, encrypted at rest and in transit, and access is "
        "restricted to named authorised staff. The Provider ensures data subjects' "
        "rights of access, rectification and objection.",
    ),
    (
        "data_protection",
        "Security and data protection",
        "In no event shall personal data be transferred outside Algeria without the prior "
        "authorisation of the ANPDP and the Client's written consent. The Provider "
        "complies with Law 18-07, implements security measures (encryption, logging, "
        "role-based access control), honours data subjects' access rights and notifies "
        "the Client of any breach within 48 hours.",
    ),
    # ---------------------------------------------------------------- binding_effect
    (
        "binding_effect",
        "Binding effect",
        "This letter of intent creates no obligation to enter into the final contract "
        "nor any purchase commitment. Only the Confidentiality, Exclusivity and Governing "
        "law clauses are binding on the Parties; all other provisions are non-binding.",
    ),
    (
        "binding_effect",
        "Non-binding nature",
        "Save as expressly provided for confidentiality, exclusivity and governing law, "
        "which are legally binding, this letter is a mere statement of intent and "
        "creates no obligation for the Client; no compensation shall be due to the "
        "Provider if no final contract is signed.",
    ),
    # ---------------------------------------------------------------- governing_law
    (
        "governing_law",
        "Governing law and disputes",
        "This letter is governed by Algerian law. Any dispute is first submitted to "
        "mediation for 30 days; failing settlement, it is brought before the competent "
        "court of Algiers, to the exclusion of any foreign court.",
    ),
    (
        "governing_law",
        "Disputes",
        "Algerian law applies. Disputes are settled by mediation and, failing that, by "
        "arbitration under the rules of the arbitration centre of the Algerian Chamber "
        "of Commerce and Industry (CACI), seated in Algiers, in French.",
    ),
    # ---------------------------------------------------------------- validity
    (
        "validity",
        "Term and validity",
        "This letter takes effect on signature and remains valid for 90 days. Failing "
        "signature of the final contract by 31 March 2027, it lapses automatically, with "
        "no compensation on either side and no tacit renewal.",
    ),
    (
        "validity",
        "Validity",
        "This letter of intent expires on 28 February 2027 if the final contract has not "
        "been signed by then; it may be extended only in a writing signed by both "
        "Parties. Only the confidentiality and governing-law clauses survive its lapse.",
    ),
]


# First measure, blind, engine of 770348f: 10 clauses raised an alarm; after the fixes of
# the same day these still do (strict xfails, removed as the engine reads them right).
GOOD_FR_BELOW = {"price-3", "price-1", "success_criteria-2"}
GOOD_EN_BELOW = {"price-1", "data_protection-2"}


@pytest.mark.parametrize("topic, title, text", marked(GOOD_FR, 0, GOOD_FR_BELOW))
def test_good_fr(topic, title, text):
    assert alarms(title, text, topic) == []


@pytest.mark.parametrize("topic, title, text", marked(GOOD_EN, 0, GOOD_EN_BELOW))
def test_good_en(topic, title, text):
    assert alarms(title, text, topic, "en") == []
