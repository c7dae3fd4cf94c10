"""Clause battery 3, well-drafted clauses only (blind precision battery, 2026-11-26, session 3).

Written blind by counsel from /work/shared/TOPICS.md alone: each clause below MEETS the
PME-friendly position of its topic, the way careful counsel drafts it, and is meant to be
hard for a keyword-based reviewer: the trap's keywords appear but are negated or excepted
(« sans que cela emporte … », « à l'exclusion de toute … », "in no event shall …", "save as
expressly …"), sentences mix two topics, figures are within the PME position (deposit
20-30 %, exclusivity 30-60 days with an exit, liability capped, go/no-go on a date), tables
are written as "A | B | C" rows joined by newlines, acronyms and the passive voice are used,
and the PME-friendly position is stated as a right of the client or an obligation of the
vendor. A PME's counsel would sign each of them without comment on its topic, so the tool
must raise nothing at medium or above on it (`helpers_battery.alarms`)."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, marked

GOOD_FR = [
    # ------------------------------------------------------------------ objective
    (
        "objective",
        "Objet",
        "La présente lettre d'intention a pour seul objet de réduire de 15 % le coût par "
        "lead du canal WhatsApp Business du Client, un lead s'entendant d'un contact ayant "
        "communiqué un numéro de téléphone valide et au moins un produit d'intérêt, au moyen "
        "d'un assistant conversationnel de qualification fourni par le Prestataire.",
    ),
    (
        "objective",
        "Objectif du projet",
        "Sans que la présente lettre emporte l'achat d'une licence générale, d'un forfait "
        "de services indéterminé ou d'une « transformation IA » globale, le projet vise un "
        "objectif métier unique : porter le taux de conversion des paniers du site "
        "e-commerce de BETA Distribution SPA de 2,0 % à 2,2 % par des recommandations de "
        "produits personnalisées.",
    ),
    (
        "objective",
        "Objet et contexte",
        "Le service après-vente (SAV) du Client reçoit environ 3 000 demandes par mois en "
        "français et en arabe.\n\n"
        "L'objet du projet est de ramener le délai moyen de première réponse du SAV de 48 "
        "heures ouvrées à 4 heures ouvrées, par un agent conversationnel qui répond aux "
        "demandes simples et transmet les autres à un conseiller ; tout autre usage de "
        "l'IA est exclu du présent objet.",
    ),
    # ------------------------------------------------------------------ scope
    (
        "scope",
        "Périmètre",
        "Le périmètre du projet comprend exclusivement : (i) les canaux WhatsApp Business et "
        "e-mail ; (ii) l'Algérie, wilayas d'Alger, d'Oran et de Constantine ; (iii) les "
        "langues française et arabe, y compris la darija écrite en caractères latins ; (iv) "
        "les gammes « produits laitiers » et « conserves ».\n\n"
        "Toute extension du périmètre requiert l'accord écrit préalable du Client et fait "
        "l'objet d'un avenant chiffré ; aucune extension ne peut être facturée en l'absence "
        "de cet accord.",
    ),
    (
        "scope",
        "Périmètre fonctionnel et géographique",
        "Canal | Pays | Langues | Produits concernés\n"
        "Site e-commerce | Algérie | FR, AR | Épicerie sèche\n"
        "Centre d'appels | Algérie | AR (darija), FR | Toutes gammes, hors surgelés\n"
        "E-mail commercial | Algérie | FR | Produits laitiers",
    ),
    (
        "scope",
        "Périmètre du projet",
        "Sont inclus dans le périmètre le canal WhatsApp Business et le centre d'appels, "
        "pour la clientèle des grossistes établis en Algérie, en français et en arabe, et "
        "pour l'ensemble des références du catalogue 2027.\n\n"
        "Sont exclus du périmètre, sans que cette exclusion emporte un quelconque surcoût "
        "pour le Client : le canal Facebook Messenger, les marchés tunisien et marocain et "
        "la langue tamazight, qui pourront faire l'objet d'une phase ultérieure à la seule "
        "initiative du Client.",
    ),
    # ------------------------------------------------------------------ deliverables
    (
        "deliverables",
        "Livrables",
        "Le Prestataire remet au Client les livrables suivants : L1 – le rapport d'audit des "
        "données ; L2 – le POC de qualification des leads et son rapport de résultats ; L3 – "
        "l'intégration de la solution au CRM du Client ; L4 – la formation de douze "
        "utilisateurs clés en deux sessions ; L5 – la documentation technique et la "
        "documentation utilisateur, en français.\n\n"
        "Chaque livrable n'est réputé remis qu'après sa validation écrite par le sponsor du "
        "Client ; aucune validation tacite n'est admise.",
    ),
    (
        "deliverables",
        "Livrables attendus",
        "Livrable | Contenu | Format\n"
        "L1 Rapport d'audit des données | sources, volumes, qualité, plan de préparation | PDF et XLSX\n"
        "L2 POC | prototype de tri des demandes SAV sur données réelles | démonstration et rapport PDF\n"
        "L3 Intégration | connecteur avec l'ERP et le centre d'appels | code source et guide d'installation\n"
        "L4 Formation | 3 sessions d'une journée pour 15 agents | supports PPTX\n"
        "L5 Documentation | manuel d'exploitation et manuel utilisateur | PDF en français",
    ),
    (
        "deliverables",
        "Livrables et jalons",
        "Le Prestataire s'oblige à remettre quatre livrables distincts, chacun nommé et "
        "rattaché à un jalon de paiement de l'article Prix, à l'exclusion de tout « pack » "
        "global non détaillé : le POC de scoring des paniers abandonnés, l'intégration au "
        "site e-commerce, la formation de l'équipe marketing (deux demi-journées) et la "
        "documentation d'exploitation remise au plus tard à la réception.",
    ),
    # ------------------------------------------------------------------ price
    (
        "price",
        "Conditions financières",
        "Partie fixe : mise en place 1 800 000 DA HT et intégration 1 200 000 DA HT. Partie "
        "variable : 150 DA HT par lead, un lead étant un contact ayant communiqué un numéro "
        "de téléphone valide et un produit d'intérêt, dénombré dans le CRM du Client.\n\n"
        "Un acompte de 30 % de la partie fixe est payé à la signature du contrat définitif, "
        "le solde à la réception prononcée par écrit par le Client, chaque facture étant "
        "payable à 30 jours. Le montant total facturé au titre du projet ne pourra en aucun "
        "cas excéder 4 500 000 DA HT sur douze mois, sauf avenant signé par le Client.",
    ),
    (
        "price",
        "Prix et échéancier",
        "Étape | Date | Montant\n"
        "Signature du contrat définitif (acompte) | 15/01/2027 | 600 000 DA HT (20 %)\n"
        "Recette du POC | 15/03/2027 | 900 000 DA HT (30 %)\n"
        "Réception de la mise en production | 31/05/2027 | 1 500 000 DA HT (50 %)\n\n"
        "Chaque montant est facturé après validation écrite de l'étape par le Client et "
        "payé à 30 jours. Le total, frais de déplacement compris, est plafonné à 3 000 000 "
        "DA HT ; aucun frais annexe non prévu au présent tableau ne peut être facturé.",
    ),
    (
        "price",
        "Prix",
        "Le prix n'est pas un forfait global : il se décompose en une partie fixe de "
        "2 400 000 DA HT (paramétrage et intégration) et une partie variable de 2 000 DA HT "
        "par utilisateur actif et par mois, un utilisateur actif s'entendant d'un compte "
        "nominatif s'étant connecté au moins une fois au cours du mois civil considéré.\n\n"
        "La partie variable est plafonnée à 600 000 DA HT par mois. Le paiement intervient "
        "par jalons (25 % à la commande, 35 % à la recette du POC, 40 % à la réception "
        "finale), à 30 jours de la facture, sans qu'aucune indexation ni révision ne puisse "
        "être appliquée pendant la durée initiale.",
    ),
    # ------------------------------------------------------------------ data
    (
        "data",
        "Données et hypothèses",
        "Les sources mobilisées sont : le CRM Odoo (environ 120 000 fiches clients, 36 mois "
        "d'historique), l'ERP Sage (commandes, 24 mois) et l'export WhatsApp Business "
        "(35 000 conversations, 12 mois).\n\n"
        "Qualité attendue : taux de doublons inférieur à 5 %, numéro de téléphone renseigné "
        "pour au moins 90 % des fiches, exports en CSV UTF-8. L'extraction est réalisée par "
        "la DSI du Client ; le dédoublonnage, la normalisation des formats et le traitement "
        "des champs manquants sont réalisés par le Prestataire et inclus dans son prix.",
    ),
    (
        "data",
        "Données",
        "Source | Volume | Historique | Qualité attendue | Préparée par\n"
        "CRM | 80 000 contacts | 36 mois | doublons < 5 %, e-mail renseigné à 85 % | Client (extraction), Prestataire (nettoyage)\n"
        "Site e-commerce | 210 000 commandes | 24 mois | aucun champ montant manquant | Prestataire\n"
        "E-mail SAV | 20 000 messages | 12 mois | pièces jointes exclues | Prestataire\n"
        "Centre d'appels | 4 000 heures d'enregistrements | 6 mois | audio WAV 8 kHz | Client (export), Prestataire (transcription)",
    ),
    (
        "data",
        "Hypothèses relatives aux données",
        "Les données proviennent de l'ERP (historique de facturation de 24 mois, environ "
        "1,2 million de lignes), de la messagerie e-mail du service commercial (18 mois) et "
        "du centre d'appels (fiches d'appel, 30 000 par an).\n\n"
        "Ces hypothèses ne sauraient être opposées au Client pour refuser ou retarder un "
        "livrable : si l'audit révèle un écart de qualité (doublons, champs manquants, "
        "formats hétérogènes), le Prestataire le documente dans son rapport d'audit et "
        "chiffre la remédiation, et le Client décide librement de la lui confier, de la "
        "réaliser lui-même ou d'arrêter le projet sans frais.",
    ),
    # ------------------------------------------------------------------ success_criteria
    (
        "success_criteria",
        "Critères de succès",
        "KPI | Base de référence | Cible | Mesure\n"
        "Coût par lead | 1 200 DA (moyenne T3 2026) | -15 % | rapport mensuel du CRM\n"
        "Taux de conversion lead → commande | 4,0 % (moyenne T3 2026) | +10 % relatif, soit 4,4 % | rapport mensuel de l'ERP\n"
        "Délai de première réponse | 6 h | 1 h | horodatage WhatsApp Business\n\n"
        "Un lead s'entend d'un contact ayant communiqué un numéro de téléphone valide et un "
        "produit d'intérêt. Les mesures sont établies contradictoirement par les deux "
        "parties sur les trois mois suivant la mise en production.",
    ),
    (
        "success_criteria",
        "Indicateurs de performance (KPI)",
        "Le projet est réputé réussi si, sur la période du 1er juin au 31 août 2027, le taux "
        "de résolution au premier contact du SAV passe de 55 % (base : moyenne de janvier à "
        "juin 2026, extraite du logiciel du centre d'appels) à 65 % au moins, et si le "
        "délai moyen de traitement d'une réclamation passe de 5 jours à 3 jours ouvrés.\n\n"
        "Un KPI ne peut être réputé atteint du seul fait de l'absence d'objection du Client ; "
        "les valeurs sont calculées selon la méthode décrite en annexe et vérifiées "
        "conjointement.",
    ),
    (
        "success_criteria",
        "Critères de réussite",
        "Le gain visé s'entend exclusivement de la réduction, mesurée en dinars, du coût "
        "d'acquisition par client (dépenses publicitaires et commerciales du canal divisées "
        "par le nombre de premières commandes), à l'exclusion de toute estimation "
        "déclarative de productivité.\n\n"
        "Base : 3 500 DA par nouveau client (moyenne des six derniers mois, extraite de "
        "l'ERP). Cible : 2 975 DA, soit -15 %, mesurée chaque mois pendant six mois après la "
        "mise en production.",
    ),
    # ------------------------------------------------------------------ timeline
    (
        "timeline",
        "Calendrier",
        "Étape | Date | Responsable\n"
        "Atelier de cadrage | 12/01/2027 | Prestataire et sponsor du Client\n"
        "Audit des données | 13/01/2027 au 26/01/2027 | Prestataire\n"
        "POC | 01/02/2027 au 15/03/2027 | Prestataire\n"
        "Décision go/no-go | 22/03/2027 | Comité de pilotage (décision du Client)\n"
        "Déploiement | 05/04/2027 au 31/05/2027 | Prestataire\n"
        "Formation et transfert | 01/06/2027 au 11/06/2027 | Prestataire",
    ),
    (
        "timeline",
        "Planning",
        "L'atelier de cadrage se tient le 11 janvier 2027, l'audit des données s'achève le "
        "29 janvier 2027, le POC se déroule du 1er février au 12 mars 2027, le déploiement "
        "du 12 avril au 28 mai 2027, la formation et la passation les 7 et 8 juin 2027.\n\n"
        "La décision de poursuivre ou d'arrêter (go/no-go) est prise par le Client au plus "
        "tard le 31 mars 2027 ; à défaut de décision expresse à cette date, le projet est "
        "réputé arrêté, sans indemnité pour l'une ou l'autre partie.",
    ),
    (
        "timeline",
        "Calendrier prévisionnel",
        "Les étapes sont datées comme suit : cadrage le 18 janvier 2027 ; audit des données "
        "du 19 janvier au 5 février 2027 ; POC du 8 février au 26 mars 2027 ; décision "
        "go/no-go le 2 avril 2027 ; déploiement du 19 avril au 18 juin 2027 ; formation et "
        "transfert de compétences du 21 au 25 juin 2027.\n\n"
        "Sans que le glissement d'une étape imputable au Prestataire puisse décaler la date "
        "de décision du 2 avril 2027, le Prestataire informe le Client par écrit de tout "
        "retard dès qu'il en a connaissance, avec un plan de rattrapage daté.",
    ),
    # ------------------------------------------------------------------ exclusivity
    (
        "exclusivity",
        "Exclusivité",
        "Le Client s'engage à ne pas négocier avec un autre intégrateur pour le même objet "
        "pendant 45 jours à compter de la signature, sous réserve que le Prestataire (i) "
        "remette un plan de projet daté sous 10 jours, (ii) affecte au projet un chef de "
        "projet et un data scientist nommément désignés, et (iii) livre le POC dans le délai "
        "prévu, le Client ayant donné accès aux données convenues.\n\n"
        "L'exclusivité prend fin de plein droit, sans indemnité, si l'une de ces conditions "
        "n'est pas remplie ou dès que le Client notifie sa décision de ne pas poursuivre.",
    ),
    (
        "exclusivity",
        "Période d'exclusivité",
        "Une exclusivité de négociation de 60 jours calendaires, non renouvelable "
        "tacitement, est consentie au Prestataire, à l'exclusion de toute exclusivité "
        "d'approvisionnement ou de durée indéterminée. Elle est subordonnée à la remise par "
        "le Prestataire, dans les 15 jours, de l'accès à l'environnement de test, du POC et "
        "du planning détaillé, et à l'affectation de deux ingénieurs à temps plein.\n\n"
        "Le Client peut y mettre fin à tout moment si le POC n'est pas livré à la date "
        "convenue, par simple courriel, sans pénalité ni indemnité.",
    ),
    (
        "exclusivity",
        "Exclusivité et portée",
        "L'exclusivité, qui compte avec la confidentialité et le droit applicable parmi les "
        "seules stipulations contraignantes de la présente lettre, dure 30 jours, est "
        "limitée au projet de qualification des leads WhatsApp et ne s'étend à aucun autre "
        "projet du Client ; elle cesse avant son terme si le Prestataire n'a pas remis le "
        "planning daté et désigné son équipe dans les 8 jours, et le Client peut en tout "
        "état de cause y mettre fin moyennant un préavis de 5 jours ouvrés, sans pénalité.",
    ),
    # ------------------------------------------------------------------ confidentiality
    (
        "confidentiality",
        "Confidentialité",
        "Chacune des parties s'engage à tenir confidentielles les informations de l'autre "
        "partie dont elle a connaissance à l'occasion des discussions, pendant la durée de "
        "la présente lettre et pendant trois ans après son expiration ou sa résiliation, "
        "quelle qu'en soit la cause.\n\n"
        "Cette obligation couvre expressément les données, extractions et échantillons "
        "communiqués au cours de l'audit des données et du POC.",
    ),
    (
        "confidentiality",
        "Confidentialité réciproque",
        "Les obligations de confidentialité sont réciproques et s'appliquent à toutes les "
        "informations échangées, y compris les données du Client remises pour l'audit et le "
        "POC ; elles survivent cinq ans à la fin de la présente lettre.\n\n"
        "Ne sont pas considérées comme confidentielles, sans que cette exception puisse "
        "s'étendre aux données personnelles ni aux données remises pour l'audit : les "
        "informations tombées dans le domaine public sans faute de la partie qui les a "
        "reçues, celles qu'elle détenait légitimement avant leur communication, et celles "
        "dont la divulgation est imposée par la loi ou une autorité judiciaire.",
    ),
    (
        "confidentiality",
        "Secret des échanges",
        "Les informations échangées entre ALPHA IA SARL et BETA Distribution SPA sont tenues "
        "confidentielles de part et d'autre et ne sont communiquées qu'aux seuls "
        "collaborateurs qui en ont besoin pour le projet, tenus à la même obligation.\n\n"
        "L'obligation survit à la caducité ou à la résiliation de la présente lettre pendant "
        "cinq ans ; elle vise notamment les jeux de données remis pour l'audit, qui sont "
        "restitués ou détruits à première demande du Client, avec attestation écrite.",
    ),
    # ------------------------------------------------------------------ ip
    (
        "ip",
        "Propriété intellectuelle",
        "Le Client demeure seul propriétaire de ses données, des jeux de données constitués "
        "à partir de celles-ci, des prompts, des paramètres et poids des modèles affinés "
        "sur ses données ainsi que des contenus générés dans le cadre du projet.\n\n"
        "Le Prestataire conserve la propriété de ses outils et bibliothèques préexistants, "
        "dont il concède au Client une licence d'utilisation non exclusive pour la durée "
        "d'exploitation de la solution, réversibilité comprise.",
    ),
    (
        "ip",
        "Droits sur les données et les modèles",
        "Aucune cession ni licence n'est consentie au Prestataire sur les données du Client, "
        "à l'exclusion d'un droit d'usage limité à l'exécution du projet et prenant fin avec "
        "lui ; le Prestataire ne peut en aucun cas les utiliser pour entraîner ou améliorer "
        "des modèles destinés à d'autres clients.\n\n"
        "Les prompts, les jeux d'annotation, les modèles affinés et leurs paramètres ainsi "
        "que les contenus générés appartiennent au Client dès leur création ; les composants "
        "préexistants du Prestataire restent sa propriété et sont mis à disposition du "
        "Client sous licence.",
    ),
    (
        "ip",
        "PI",
        "Pour l'application du présent article, « DDC » désigne les données du Client et "
        "« MA » les modèles affinés à partir des DDC (poids, adaptateurs LoRA et "
        "hyperparamètres).\n\n"
        "Les DDC, les jeux de données qui en sont issus, les prompts, les MA et les sorties "
        "générées sont la propriété de BETA Distribution SPA. Les outils préexistants "
        "d'ALPHA IA SARL demeurent sa propriété et sont concédés au Client sous une licence "
        "non exclusive et non résiliable pendant l'exploitation, sans que cette licence "
        "confère au Prestataire un quelconque droit sur les DDC ou les MA.",
    ),
    # ------------------------------------------------------------------ governance
    (
        "governance",
        "Gouvernance",
        "Le sponsor du projet est le directeur commercial du Client. Il valide par écrit "
        "chaque livrable. Un comité de pilotage réunissant le sponsor, le DSI du Client et "
        "le chef de projet du Prestataire se réunit chaque semaine pendant le POC, puis "
        "chaque mois après la décision go/no-go.\n\n"
        "En cas de désaccord persistant au sein du comité, l'arbitrage est rendu par le "
        "directeur général du Client.",
    ),
    (
        "governance",
        "Pilotage du projet",
        "Instance | Composition | Fréquence | Rôle\n"
        "Comité projet | chef de projet du Prestataire, référent métier du Client | hebdomadaire pendant le POC | suivi opérationnel\n"
        "Comité de pilotage | sponsor du Client (directrice marketing), DSI, direction du Prestataire | mensuel après le POC | validation des livrables, arbitrage\n"
        "Direction générale du Client | DG | à la demande | arbitrage final des désaccords",
    ),
    (
        "governance",
        "Organisation et gouvernance",
        "Aucun livrable n'est réputé validé par le seul écoulement d'un délai : la "
        "validation est prononcée par écrit par la sponsor désignée du Client, Mme la "
        "directrice de la relation client, qui peut déléguer cette signature au DSI.\n\n"
        "Le comité de suivi se tient toutes les semaines pendant le POC, puis tous les mois "
        "jusqu'à la réception ; les désaccords qu'il ne tranche pas sont arbitrés par la "
        "direction générale du Client, sans préjudice de l'article Litiges.",
    ),
    # ------------------------------------------------------------------ poc
    (
        "poc",
        "Preuve de concept (POC)",
        "Le POC a pour objectif de démontrer qu'un modèle peut classer automatiquement les "
        "demandes SAV en dix motifs. Il dure six semaines et utilise une extraction "
        "pseudonymisée de 10 000 conversations WhatsApp Business des douze derniers mois.\n\n"
        "Critère d'acceptation : une exactitude d'au moins 85 % sur un échantillon de 500 "
        "conversations annotées par le Client. À son issue, le Client prend la décision "
        "go/no-go. Le POC ne constitue pas le produit final et sa réussite n'emporte pour le "
        "Client aucune obligation de commander la phase de déploiement.",
    ),
    (
        "poc",
        "POC",
        "Élément | Contenu\n"
        "Objectif | prédire les paniers abandonnés relançables sur le site e-commerce\n"
        "Durée | 6 semaines, du 01/02/2027 au 15/03/2027\n"
        "Données | commandes et paniers des 18 derniers mois, export de l'ERP\n"
        "Critères d'acceptation | précision ≥ 70 % et rappel ≥ 60 % sur le mois de test\n"
        "Décision | go/no-go du comité de pilotage le 22/03/2027\n\n"
        "Le POC est un prototype et non le produit final.",
    ),
    (
        "poc",
        "Preuve de concept",
        "Le POC, qui n'est pas le produit final et ne peut être mis en production en l'état, "
        "vise à vérifier en quatre semaines, sur un échantillon de 2 000 fiches du CRM, que "
        "le scoring des leads atteint une AUC d'au moins 0,75 ; son prix fixe de 450 000 DA "
        "HT est déduit de la phase de déploiement si le Client décide de poursuivre lors de "
        "la réunion go/no-go du 5 avril 2027, et aucune somme supplémentaire n'est due s'il "
        "décide d'arrêter.",
    ),
    # ------------------------------------------------------------------ internal_effort
    (
        "internal_effort",
        "Charge interne",
        "Activité | Porteur côté Client | Charge (jours-homme)\n"
        "Extraction et nettoyage des données | DSI | 8\n"
        "Annotation et validation des échantillons | Service client | 5\n"
        "Adaptation des processus | Direction commerciale | 4\n"
        "Formation des utilisateurs | Utilisateurs clés | 6\n"
        "Rédaction des contenus (FAQ, réponses types) | Marketing | 3\n"
        "Total | | 26\n\n"
        "Tout dépassement prévisible de plus de 10 % est signalé par écrit par le "
        "Prestataire et soumis à l'accord préalable du Client.",
    ),
    (
        "internal_effort",
        "Ressources du Client",
        "La charge interne du Client est estimée à 20 jours-personne au total : 6 pour la "
        "DSI (extraction et nettoyage des données), 5 pour le service commercial "
        "(adaptation du processus de relance), 6 pour la formation des utilisateurs clés et "
        "3 pour le marketing (rédaction des contenus).\n\n"
        "Le Prestataire ne peut exiger aucune ressource interne au-delà de cette estimation "
        "sans l'accord écrit du Client.",
    ),
    (
        "internal_effort",
        "Ressources et charge interne",
        "Les ressources mobilisées par BETA Distribution SPA sont les suivantes : le "
        "responsable CRM, 2 jours par semaine pendant l'audit et le POC (soit 12 "
        "jours-homme), pour le nettoyage des données ; deux superviseurs du centre "
        "d'appels, 4 jours-homme chacun, pour la conduite du changement et la formation ; "
        "une chargée de communication, 3 jours-homme, pour les contenus.\n\n"
        "Le total, soit 23 jours-homme, est porté par le Client sans que le Prestataire "
        "puisse lui imputer le coût d'un retard résultant de ses propres besoins non "
        "exprimés dans le présent tableau.",
    ),
    # ------------------------------------------------------------------ risk_allocation
    (
        "risk_allocation",
        "Répartition des risques",
        "Si l'audit révèle des données insuffisantes, le Client peut arrêter le projet sans "
        "autre frais que l'audit. Le risque de dépendance technologique est porté par le "
        "Prestataire, qui livre en formats ouverts. Les dépassements d'intégration restent à "
        "la charge du Prestataire dans la limite du prix convenu. Chaque partie répond de sa "
        "propre conformité, le Prestataire garantissant celle de la solution à la loi "
        "18-07. Si les résultats métier ne sont pas atteints, la partie variable n'est pas "
        "due.",
    ),
    (
        "risk_allocation",
        "Risques et responsabilité",
        "La responsabilité de chaque partie est plafonnée au montant total HT du contrat "
        "définitif, sauf faute lourde ou dolosive, violation de la confidentialité ou des "
        "données personnelles.\n\n"
        "En aucun cas le Client ne supporte le coût des dépassements d'intégration, ni celui "
        "d'une migration imposée par un changement de technologie du Prestataire ; le risque "
        "de données insuffisantes est levé par l'audit, dont la conclusion négative permet "
        "au Client de ne pas poursuivre sans indemnité, et le risque de non-atteinte des "
        "résultats métier est porté par la part variable du prix.",
    ),
    (
        "risk_allocation",
        "Répartition des risques du projet",
        "Risque | Porté par | Conséquence\n"
        "Données insuffisantes (constat d'audit) | Prestataire | arrêt possible, seul l'audit est dû\n"
        "Dépendance (lock-in) | Prestataire | formats ouverts, réversibilité sans frais\n"
        "Dépassement d'intégration | Prestataire | à ses frais, dans la limite du prix\n"
        "Conformité (loi 18-07) | chaque partie pour ses obligations | garantie du Prestataire sur la solution\n"
        "Résultats métier non atteints | Prestataire | part variable non due",
    ),
    # ------------------------------------------------------------------ termination
    (
        "termination",
        "Résiliation et réversibilité",
        "Le Client peut mettre fin au projet à tout moment, notamment à l'issue du POC, par "
        "simple notification écrite, sans autre indemnité que le paiement des livrables "
        "déjà validés.\n\n"
        "Quelle que soit la cause de la fin du projet, le Prestataire restitue sous 15 jours "
        "les données, jeux de données, prompts et modèles affinés dans des formats ouverts "
        "et documentés (CSV, JSON, safetensors), puis supprime ses copies et en atteste par "
        "écrit.",
    ),
    (
        "termination",
        "Réversibilité",
        "Aucune stipulation ne peut être interprétée comme imposant au Client un format "
        "propriétaire, une durée minimale d'engagement ou des frais de sortie.\n\n"
        "À la fin du projet, pour quelque cause que ce soit, la réversibilité est assurée "
        "sans frais : export complet des données et des paramètres des modèles dans des "
        "formats ouverts, documentation des traitements et cinq jours d'assistance du "
        "Prestataire au repreneur désigné par le Client.",
    ),
    (
        "termination",
        "Sortie",
        "Chacune des parties peut résilier en cas de manquement de l'autre non réparé 15 "
        "jours après une mise en demeure écrite. Le Client peut en outre résilier pour "
        "convenance moyennant un préavis de 30 jours, sans indemnité.\n\n"
        "Dans tous les cas, les données et les modèles affinés du Client lui sont rendus en "
        "formats ouverts dans les 15 jours et le Prestataire prête son concours à la "
        "migration vers la solution choisie par le Client, ce concours étant inclus dans le "
        "prix.",
    ),
    # ------------------------------------------------------------------ data_protection
    (
        "data_protection",
        "Données personnelles",
        "Les traitements de données à caractère personnel réalisés pour le projet sont "
        "conformes à la loi n° 18-07 du 10 juin 2018 relative à la protection des personnes "
        "physiques dans le traitement des données à caractère personnel ; le Client "
        "accomplit les formalités auprès de l'ANPDP avec l'assistance du Prestataire.\n\n"
        "Les données sont hébergées en Algérie. Aucun transfert hors d'Algérie n'a lieu sans "
        "l'autorisation préalable de l'ANPDP et l'accord écrit du Client. L'accès aux "
        "données est réservé aux personnes nommément habilitées.",
    ),
    (
        "data_protection",
        "Sécurité des données",
        "Le Prestataire met en œuvre les mesures de sécurité suivantes : chiffrement des "
        "données au repos (AES-256) et en transit (TLS 1.2 ou supérieur), gestion des droits "
        "d'accès par rôle, journalisation des accès conservée un an et notification au "
        "Client de tout incident de sécurité dans les 48 heures.\n\n"
        "Il ne recourt à aucun sous-traitant ultérieur sans l'accord écrit du Client, "
        "héberge les données dans un centre de données situé en Algérie et se conforme à la "
        "loi 18-07 relative à la protection des données personnelles.",
    ),
    (
        "data_protection",
        "Protection des données à caractère personnel",
        "Les données à caractère personnel des clients de BETA Distribution SPA sont "
        "traitées conformément à la loi n° 18-07, le Prestataire agissant en qualité de "
        "sous-traitant, sur instruction écrite du Client et pour les seules finalités du "
        "projet, à l'exclusion de tout hébergement hors du territoire national.\n\n"
        "Les droits d'accès, de rectification et d'opposition des personnes concernées sont "
        "exercés auprès du Client, avec l'assistance du Prestataire, qui répond à toute "
        "demande dans les 5 jours ouvrés.",
    ),
    # ------------------------------------------------------------------ binding_effect
    (
        "binding_effect",
        "Portée de la lettre",
        "La présente lettre n'oblige pas les parties à conclure le contrat définitif. Seules "
        "les stipulations relatives à la confidentialité, à l'exclusivité et au droit "
        "applicable ont un caractère contraignant ; toutes les autres, notamment celles "
        "relatives au prix, au calendrier et aux livrables, sont dépourvues d'effet "
        "obligatoire.",
    ),
    (
        "binding_effect",
        "Caractère non contraignant",
        "Sans que la signature de la présente lettre emporte un quelconque engagement de "
        "commande, de paiement ou de volume à la charge du Client, les parties conviennent "
        "que seuls les articles Confidentialité, Exclusivité et Droit applicable les lient "
        "juridiquement dès la signature.\n\n"
        "Les autres articles expriment une intention commune de négocier de bonne foi et ne "
        "créent aucune obligation ; en particulier, aucune indemnité n'est due en cas de "
        "rupture des négociations.",
    ),
    (
        "binding_effect",
        "Portée juridique",
        "Ont une force obligatoire : l'article 8 (Confidentialité), l'article 9 "
        "(Exclusivité) et l'article 15 (Droit applicable et litiges). Sont non "
        "contraignants : les articles 1 à 7 et 10 à 14, qui décrivent le projet envisagé "
        "et ne seront opposables qu'une fois repris dans un contrat définitif signé par le "
        "Client.",
    ),
    # ------------------------------------------------------------------ governing_law
    (
        "governing_law",
        "Droit applicable et litiges",
        "La présente lettre est régie par le droit algérien.\n\n"
        "Tout différend relatif à son interprétation ou à son exécution fait d'abord l'objet "
        "d'une médiation amiable de 30 jours entre les directions générales ; à défaut "
        "d'accord, il est porté devant le tribunal commercial spécialisé d'Alger.",
    ),
    (
        "governing_law",
        "Règlement des différends",
        "Les parties soumettent la présente lettre au droit algérien. Les litiges qui n'ont "
        "pu être réglés à l'amiable dans un délai de 30 jours sont tranchés par voie "
        "d'arbitrage selon le règlement du centre de conciliation et d'arbitrage de la CACI, "
        "par un arbitre unique, le siège de l'arbitrage étant Alger et la langue le français.",
    ),
    (
        "governing_law",
        "Litiges",
        "Le droit applicable est le droit algérien, à l'exclusion de toute autre loi "
        "nationale. À défaut de règlement amiable, y compris par médiation, dans les 45 "
        "jours de sa notification, tout litige relève de la compétence exclusive des "
        "juridictions d'Alger, à l'exclusion de toute juridiction étrangère.",
    ),
    # ------------------------------------------------------------------ validity
    (
        "validity",
        "Durée de validité",
        "La présente lettre prend effet à sa signature et demeure valable 90 jours. Elle "
        "devient caduque de plein droit, sans formalité ni indemnité, si le contrat "
        "définitif n'a pas été signé à l'expiration de ce délai, à l'exception des "
        "stipulations relatives à la confidentialité et au droit applicable, qui survivent.",
    ),
    (
        "validity",
        "Validité",
        "La présente lettre est valable jusqu'au 31 mars 2027. Elle n'est pas reconductible "
        "tacitement : toute prorogation requiert un écrit signé des deux parties.\n\n"
        "À cette date, faute de contrat définitif, elle cesse de produire effet sans que "
        "cette caducité puisse donner lieu à une quelconque indemnité.",
    ),
    (
        "validity",
        "Durée",
        "La lettre d'intention expire le 15 avril 2027 à minuit ou, s'il intervient avant, "
        "à la signature du contrat définitif. Passé cette date, et en l'absence de contrat "
        "définitif, elle devient caduque de plein droit, sans qu'aucune reconduction "
        "automatique ni aucun préavis ne soit requis.",
    ),
]

GOOD_EN = [
    # ------------------------------------------------------------------ objective
    (
        "objective",
        "Purpose",
        "The sole purpose of this letter of intent is to reduce the Client's cost per lead "
        "on its WhatsApp Business channel by 15 %, a lead meaning a contact who has given a "
        "valid phone number and at least one product of interest, by means of a "
        "conversational qualification assistant supplied by the Provider.",
    ),
    (
        "objective",
        "Objective",
        "Without this letter amounting to the purchase of a general licence, an open-ended "
        "service bundle or a company-wide AI programme, the project has a single business "
        "objective: to bring the first-response time of the Client's after-sales service "
        "down from 48 to 4 business hours.",
    ),
    (
        "objective",
        "Object of the Project",
        "The project aims to raise the conversion rate of the Client's e-commerce site from "
        "2.0 % to 2.2 % through personalised product recommendations; no other use of AI "
        "falls within this letter.",
    ),
    # ------------------------------------------------------------------ scope
    (
        "scope",
        "Scope",
        "The scope covers only: (i) the WhatsApp Business and e-mail channels; (ii) Algeria, "
        "in the wilayas of Algiers, Oran and Constantine; (iii) French and Arabic, including "
        "darija written in Latin script; and (iv) the dairy and canned-food product ranges.\n\n"
        "Any extension of the scope requires the Client's prior written consent and a priced "
        "amendment; in no event shall an extension be invoiced without that consent.",
    ),
    (
        "scope",
        "Project Scope",
        "Channel | Country | Languages | Products\n"
        "E-commerce site | Algeria | FR, AR | Dry groceries\n"
        "Call centre | Algeria | AR (darija), FR | All ranges except frozen goods\n\n"
        "Facebook Messenger, Tunisia, Morocco and Tamazight are excluded from the scope, "
        "without that exclusion giving rise to any extra charge for the Client.",
    ),
    # ------------------------------------------------------------------ deliverables
    (
        "deliverables",
        "Deliverables",
        "The Provider shall deliver: D1 the data audit report; D2 the lead-qualification "
        "POC and its results report; D3 the integration of the solution with the Client's "
        "CRM; D4 training for twelve key users in two sessions; D5 technical and user "
        "documentation in French.\n\n"
        "A deliverable is deemed delivered only once the Client's sponsor has approved it in "
        "writing; no deemed or tacit acceptance applies.",
    ),
    (
        "deliverables",
        "Deliverables and Format",
        "Deliverable | Content | Format\n"
        "D1 Data audit report | sources, volumes, quality, preparation plan | PDF and XLSX\n"
        "D2 POC | after-sales triage prototype on real data | demo and PDF report\n"
        "D3 Integration | connector to the ERP and call centre | source code and install guide\n"
        "D4 Training | three one-day sessions for 15 agents | slides\n"
        "D5 Documentation | operations and user manuals | PDF in French",
    ),
    # ------------------------------------------------------------------ price
    (
        "price",
        "Price and Payment Terms",
        "Fixed part: set-up DZD 1,800,000 excl. VAT and integration DZD 1,200,000 excl. VAT. "
        "Variable part: DZD 150 excl. VAT per lead, a lead being a contact who has given a "
        "valid phone number and a product of interest, as counted in the Client's CRM.\n\n"
        "A 30 % deposit on the fixed part is paid on signature of the final contract and the "
        "balance on the Client's written acceptance, each invoice being payable within 30 "
        "days. In no event shall the total invoiced for the project exceed DZD 4,500,000 "
        "excl. VAT over twelve months, save as expressly agreed in an amendment signed by "
        "the Client.",
    ),
    (
        "price",
        "Fees",
        "Milestone | Date | Amount\n"
        "Signature of the final contract (deposit) | 15/01/2027 | DZD 600,000 (20 %)\n"
        "POC acceptance | 15/03/2027 | DZD 900,000 (30 %)\n"
        "Go-live acceptance | 31/05/2027 | DZD 1,500,000 (50 %)\n\n"
        "Each amount is invoiced after the Client has approved the milestone in writing and "
        "is payable within 30 days. The total, travel included, is capped at DZD 3,000,000 "
        "excl. VAT; no fee that is not listed in this table may be charged.",
    ),
    # ------------------------------------------------------------------ data
    (
        "data",
        "Data and Assumptions",
        "Data sources: the Odoo CRM (about 120,000 customer records, 36 months of history), "
        "the Sage ERP (orders, 24 months) and the WhatsApp Business export (35,000 "
        "conversations, 12 months).\n\n"
        "Expected quality: under 5 % duplicates, phone number present in at least 90 % of "
        "records, UTF-8 CSV exports. The Client's IT department extracts the data; the "
        "Provider de-duplicates it, normalises formats and handles missing fields, within "
        "its price.",
    ),
    (
        "data",
        "Data",
        "Source | Volume | History | Expected quality | Prepared by\n"
        "CRM | 80,000 contacts | 36 months | duplicates < 5 % | Client (extract), Provider (cleaning)\n"
        "E-commerce | 210,000 orders | 24 months | no missing amount field | Provider\n"
        "Call centre | 4,000 hours of recordings | 6 months | WAV 8 kHz | Client (export), Provider (transcription)\n\n"
        "These assumptions shall not be relied on by the Provider to refuse or delay a "
        "deliverable: any quality gap found in the audit is documented and priced, and the "
        "Client decides whether to proceed.",
    ),
    # ------------------------------------------------------------------ success_criteria
    (
        "success_criteria",
        "Success Criteria",
        "KPI | Baseline | Target | Measurement\n"
        "Cost per lead | DZD 1,200 (Q3 2026 average) | -15 % | monthly CRM report\n"
        "Lead-to-order conversion | 4.0 % (Q3 2026 average) | +10 % relative, i.e. 4.4 % | monthly ERP report\n\n"
        "A lead is a contact who has given a valid phone number and a product of interest. "
        "Both parties measure the KPIs jointly over the three months after go-live.",
    ),
    (
        "success_criteria",
        "Key Performance Indicators",
        "The project succeeds if, between 1 June and 31 August 2027, the after-sales "
        "first-contact resolution rate rises from 55 % (baseline: January-June 2026 average "
        "from the call-centre software) to at least 65 %.\n\n"
        "In no event shall a KPI be deemed met merely because the Client has not objected; "
        "values are computed under the method set out in the annex and checked jointly.",
    ),
    # ------------------------------------------------------------------ timeline
    (
        "timeline",
        "Timeline",
        "Step | Date | Owner\n"
        "Scoping workshop | 12/01/2027 | Provider and Client sponsor\n"
        "Data audit | 13/01/2027 to 26/01/2027 | Provider\n"
        "POC | 01/02/2027 to 15/03/2027 | Provider\n"
        "Go/no-go decision | 22/03/2027 | Steering committee (Client decides)\n"
        "Deployment | 05/04/2027 to 31/05/2027 | Provider\n"
        "Training and hand-over | 01/06/2027 to 11/06/2027 | Provider",
    ),
    (
        "timeline",
        "Schedule",
        "The scoping workshop takes place on 11 January 2027, the data audit ends on 29 "
        "January 2027, the POC runs from 1 February to 12 March 2027, deployment from 12 "
        "April to 28 May 2027, and training and hand-over on 7 and 8 June 2027.\n\n"
        "The Client takes the go/no-go decision no later than 31 March 2027; absent an "
        "express decision by that date, the project is deemed stopped, with no compensation "
        "owed by either party.",
    ),
    # ------------------------------------------------------------------ exclusivity
    (
        "exclusivity",
        "Exclusivity",
        "The Client shall not negotiate with another integrator for the same purpose for 45 "
        "days from signature, provided that the Provider (i) delivers a dated project plan "
        "within 10 days, (ii) assigns a named project manager and a named data scientist, "
        "and (iii) delivers the POC on the agreed date, the Client having given access to "
        "the agreed data.\n\n"
        "Exclusivity ends automatically, without compensation, if any of these conditions is "
        "not met or as soon as the Client gives notice that it will not proceed.",
    ),
    (
        "exclusivity",
        "Exclusive Negotiation Period",
        "A 60-day exclusive negotiation period, which shall in no event renew automatically, "
        "is granted to the Provider, to the exclusion of any exclusive supply or "
        "open-ended exclusivity. It is conditional on the Provider giving access to a test "
        "environment, delivering the POC and a detailed plan within 15 days, and assigning "
        "two full-time engineers; the Client may end it at any time by e-mail if the POC is "
        "late, without penalty.",
    ),
    # ------------------------------------------------------------------ confidentiality
    (
        "confidentiality",
        "Confidentiality",
        "Each party shall keep confidential the other party's information received in the "
        "course of the discussions, during this letter and for three years after it expires "
        "or is terminated for any reason.\n\n"
        "This obligation expressly covers the data, extracts and samples shared during the "
        "data audit and the POC.",
    ),
    (
        "confidentiality",
        "Mutual Confidentiality",
        "The confidentiality obligations are mutual, apply to all information exchanged, "
        "including the Client data provided for the audit and the POC, and survive for five "
        "years after this letter ends.\n\n"
        "Information is not confidential if it is public through no fault of the recipient, "
        "was lawfully held by the recipient beforehand, or must be disclosed by law; save as "
        "expressly stated, these exceptions shall in no event apply to personal data or to "
        "audit data.",
    ),
    # ------------------------------------------------------------------ ip
    (
        "ip",
        "Intellectual Property",
        "The Client remains the sole owner of its data, of the datasets built from it, of "
        "the prompts, of the parameters and weights of the models fine-tuned on its data and "
        "of the content generated in the project.\n\n"
        "The Provider keeps ownership of its pre-existing tools and libraries and grants the "
        "Client a non-exclusive licence to use them for as long as the solution is operated, "
        "reversibility included.",
    ),
    (
        "ip",
        "Ownership of Data and Models",
        "No assignment or licence of the Client's data is granted to the Provider, save for "
        "a right of use limited to performing the project and ending with it; in no event "
        "shall the Provider use that data to train or improve models for other customers.\n\n"
        "Prompts, annotation sets, fine-tuned models and their parameters, and generated "
        "content belong to the Client from creation; the Provider's pre-existing components "
        "remain its property and are licensed to the Client.",
    ),
    # ------------------------------------------------------------------ governance
    (
        "governance",
        "Governance",
        "The project sponsor is the Client's sales director, who approves each deliverable "
        "in writing. A steering committee of the sponsor, the Client's CIO and the "
        "Provider's project manager meets weekly during the POC and monthly after the "
        "go/no-go decision.\n\n"
        "Any persistent disagreement within the committee is arbitrated by the Client's "
        "managing director.",
    ),
    (
        "governance",
        "Project Governance",
        "Body | Members | Frequency | Role\n"
        "Project committee | Provider's project manager, Client's business lead | weekly during the POC | day-to-day follow-up\n"
        "Steering committee | Client sponsor (marketing director), CIO, Provider management | monthly after the POC | approval of deliverables, arbitration\n"
        "Client's managing director | MD | on request | final arbitration",
    ),
    # ------------------------------------------------------------------ poc
    (
        "poc",
        "Proof of Concept (POC)",
        "The POC aims to show that a model can sort after-sales requests into ten reasons. "
        "It lasts six weeks and uses a pseudonymised extract of 10,000 WhatsApp Business "
        "conversations from the last twelve months.\n\n"
        "Acceptance criterion: at least 85 % accuracy on a sample of 500 conversations "
        "labelled by the Client. The Client then takes the go/no-go decision. The POC is not "
        "the final product, and its success in no event obliges the Client to order the "
        "deployment phase.",
    ),
    (
        "poc",
        "POC",
        "Item | Content\n"
        "Objective | predict which abandoned carts can be recovered on the e-commerce site\n"
        "Duration | 6 weeks, 01/02/2027 to 15/03/2027\n"
        "Data | orders and carts of the last 18 months, ERP export\n"
        "Acceptance criteria | precision >= 70 % and recall >= 60 % on the test month\n"
        "Decision | go/no-go by the steering committee on 22/03/2027\n\n"
        "The POC is a prototype, not the final product.",
    ),
    # ------------------------------------------------------------------ internal_effort
    (
        "internal_effort",
        "Internal Effort",
        "Activity | Client owner | Effort (person-days)\n"
        "Data extraction and cleaning | IT department | 8\n"
        "Sample labelling and review | Customer service | 5\n"
        "Process change | Sales management | 4\n"
        "User training | Key users | 6\n"
        "Content writing (FAQ, templates) | Marketing | 3\n"
        "Total | | 26\n\n"
        "The Provider shall notify in writing any expected overrun above 10 %, which "
        "requires the Client's prior consent.",
    ),
    (
        "internal_effort",
        "Client Resources",
        "The Client's internal workload is estimated at 20 person-days in total: 6 for IT "
        "(data extraction and cleaning), 5 for sales (follow-up process change), 6 for "
        "key-user training and 3 for marketing (content).\n\n"
        "In no event shall the Provider require internal resources beyond this estimate "
        "without the Client's written consent.",
    ),
    # ------------------------------------------------------------------ risk_allocation
    (
        "risk_allocation",
        "Allocation of Risks",
        "Risk | Borne by | Consequence\n"
        "Insufficient data (audit finding) | Provider | Client may stop; only the audit is paid\n"
        "Lock-in | Provider | open formats, free reversibility\n"
        "Integration overruns | Provider | at its cost, within the agreed price\n"
        "Compliance (Law 18-07) | each party for its own duties | Provider warrants the solution\n"
        "Business results not reached | Provider | variable part not due",
    ),
    (
        "risk_allocation",
        "Risks and Liability",
        "Each party's liability is capped at the total price excl. VAT of the final "
        "contract, save for gross negligence or wilful misconduct and breaches of "
        "confidentiality or personal-data obligations.\n\n"
        "In no event shall the Client bear the cost of integration overruns or of a "
        "migration forced by a change in the Provider's technology; the risk of "
        "insufficient data is addressed by the audit, whose negative finding lets the Client "
        "stop without compensation, and the risk of business results not being reached is "
        "carried by the variable part of the price.",
    ),
    # ------------------------------------------------------------------ termination
    (
        "termination",
        "Termination and Reversibility",
        "The Client may end the project at any time, in particular after the POC, by written "
        "notice, with no compensation other than payment for deliverables already approved.\n\n"
        "Whatever the reason the project ends, the Provider returns within 15 days the data, "
        "datasets, prompts and fine-tuned models in open, documented formats (CSV, JSON, "
        "safetensors), then deletes its copies and confirms so in writing.",
    ),
    (
        "termination",
        "Exit",
        "Nothing in this letter shall be construed as imposing on the Client a proprietary "
        "format, a minimum commitment period or exit fees.\n\n"
        "When the project ends for any reason, reversibility is provided free of charge: a "
        "full export of the data and model parameters in open formats, documentation of the "
        "processing, and five days of the Provider's assistance to the successor named by "
        "the Client.",
    ),
    # ------------------------------------------------------------------ data_protection
    (
        "data_protection",
        "Personal Data",
        "Personal data processed for the project is processed in compliance with Algerian "
        "Law No. 18-07 of 10 June 2018 on the protection of natural persons in the "
        "processing of personal data; the Client completes the formalities with the ANPDP "
        "with the Provider's assistance.\n\n"
        "The data is hosted in Algeria. No transfer outside Algeria takes place without the "
        "ANPDP's prior authorisation and the Client's written consent. Access to the data is "
        "restricted to named, authorised staff.",
    ),
    (
        "data_protection",
        "Data Security",
        "The Provider implements: encryption at rest (AES-256) and in transit (TLS 1.2 or "
        "higher), role-based access rights, access logs kept for one year, and notice to the "
        "Client of any security incident within 48 hours.\n\n"
        "It shall use no sub-processor without the Client's written consent, hosts the data "
        "in a data centre located in Algeria and complies with Law 18-07 on personal data.",
    ),
    # ------------------------------------------------------------------ binding_effect
    (
        "binding_effect",
        "Binding Effect",
        "This letter does not oblige the parties to enter into the final contract. Only the "
        "provisions on confidentiality, exclusivity and governing law are binding; all "
        "others, including those on price, timeline and deliverables, have no binding "
        "effect.",
    ),
    (
        "binding_effect",
        "Non-Binding Nature",
        "Signature of this letter shall in no event create any commitment of the Client to "
        "order, pay or purchase any volume; save as expressly provided for the "
        "Confidentiality, Exclusivity and Governing Law sections, which bind the parties "
        "from signature, this letter records a shared intention to negotiate in good faith "
        "and no compensation is owed if negotiations end.",
    ),
    # ------------------------------------------------------------------ governing_law
    (
        "governing_law",
        "Governing Law and Disputes",
        "This letter is governed by Algerian law.\n\n"
        "Any dispute about its interpretation or performance is first submitted to a "
        "30-day amicable mediation between the managing directors; failing settlement, it is "
        "brought before the specialised commercial court of Algiers.",
    ),
    (
        "governing_law",
        "Dispute Resolution",
        "The parties submit this letter to Algerian law, to the exclusion of any other "
        "national law. Disputes not settled amicably within 30 days are finally resolved by "
        "arbitration under the rules of the CACI conciliation and arbitration centre, by a "
        "sole arbitrator, seated in Algiers, in French.",
    ),
    # ------------------------------------------------------------------ validity
    (
        "validity",
        "Term and Validity",
        "This letter takes effect on signature and remains valid for 90 days. It lapses "
        "automatically, without formality or compensation, if the final contract has not "
        "been signed by then, save for the confidentiality and governing-law provisions, "
        "which survive.",
    ),
    (
        "validity",
        "Validity",
        "This letter is valid until 31 March 2027 and shall in no event renew tacitly; any "
        "extension requires a document signed by both parties. Absent a final contract on "
        "that date, it ceases to have effect and no compensation is owed for its lapse.",
    ),
]


# First measure, blind, engine of f8a6ef8: these clauses raised an alarm; strict xfails,
# removed as the engine reads them right.
GOOD_FR_BELOW = {
    "data_protection-3",
}
GOOD_EN_BELOW = {
    "termination-2",
}


@pytest.mark.parametrize("topic, title, text", marked(GOOD_FR, 0, GOOD_FR_BELOW))
def test_good_fr(topic, title, text):
    assert alarms(title, text, topic) == []


@pytest.mark.parametrize("topic, title, text", marked(GOOD_EN, 0, GOOD_EN_BELOW))
def test_good_en(topic, title, text):
    assert alarms(title, text, topic, "en") == []
