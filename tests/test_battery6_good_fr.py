"""Clause battery 6, well-drafted clauses only, French (blind precision battery, 2026-11-26, session 5).

Written blind by counsel from /work/shared/TOPICS.md and the list of requirements per topic
alone: each clause below MEETS every requirement of its topic and the PME-friendly position,
in the forms hardest for a keyword-based reviewer: about a third in the « nous / vous » voice
of a real letter (nous = the Prestataire, vous = the Client); negations and carve-outs that
keep the clause PME-friendly (« le pilote ne vaut ni réception ni commande », « sauf … »); a
subject carried by a pronoun after « ; » or in the next sentence; mutual wording (« chacune
des parties », « chacun de nous »); cross-references with article numbers, figures in letters
and in digits, dates, percentages with decimals (« 12,5 % »); an exception or a condition
placed before the main statement (« Si le Prestataire prend du retard, … », « À défaut de …,
… »); a second half after « ; » that carries the safeguard; headings in plain words or as
questions (« Qui est propriétaire de quoi ? », « Ce que nous vous remettrons »). A PME's
counsel would sign each of them without comment on its topic, so the tool must raise nothing
at medium or above on it (`helpers_battery.alarms`).

First measure, engine 3a78cbe, before any change: 3 alarms (a fee unit defined in brackets
where it is used, a cap « sans que le total … puisse être supérieur à », an exclusivity
that « ne se prolonge pas tacitement »). Now none.
"""

import pytest
from helpers_battery import alarms, case_ids

GOOD = [
    # ------------------------------------------------------------------ price
    (
        "price",
        "Combien cela vous coûtera-t-il ?",
        "Notre prix n'est pas un forfait global : il se décompose en une partie fixe et une "
        "partie variable. Partie fixe : atelier de cadrage et audit des données, 450 000 DZD ; "
        "POC, 1 200 000 DZD (un million deux cent mille dinars) ; intégration, 2 300 000 DZD, "
        "due seulement si vous décidez le déploiement. Partie variable : 350 DZD par Lead "
        "Qualifié, étant entendu que « Lead Qualifié » désigne tout contact ayant laissé un "
        "numéro de téléphone valide et exprimé un besoin d'achat, validé comme tel par votre "
        "équipe commerciale.\n\n"
        "Vous nous verserez un acompte de trente pour cent (30 %) à la signature du bon de "
        "commande ; le solde ne sera exigible qu'à la signature du procès-verbal de réception. "
        "Nos factures sont payables à trente (30) jours de leur réception. En aucun cas le total "
        "que nous vous facturerons au titre de la partie variable ne dépassera 400 000 DZD par "
        "mois ni 4 000 000 DZD sur la première année.",
    ),
    (
        "price",
        "Conditions financières",
        "Si le Client ne décide pas le déploiement, aucune somme n'est due au titre de "
        "l'intégration. Le prix comprend une partie fixe, chiffrée poste par poste : atelier de "
        "cadrage et audit des données, 380 000 DZD ; POC, 950 000 DZD ; intégration, en cas de "
        "déploiement, 1 750 000 DZD.\n\n"
        "La partie variable s'élève à 1 200 DZD par Utilisateur Actif et par mois, "
        "l'« Utilisateur Actif » s'entendant de tout collaborateur du Client qui s'est connecté "
        "à l'outil au moins une fois au cours du mois civil considéré, selon le modèle retenu à "
        "l'article 7 de l'accord définitif. Elle ne peut excéder 250 000 DZD par mois ni "
        "2 500 000 DZD pour la première année.\n\n"
        "Le Client verse un acompte de vingt-cinq pour cent (25 %) à la signature du bon de "
        "commande ; il ne règle le solde qu'à la signature du certificat de réception. Les "
        "factures sont payables dans un délai de trente (30) jours à compter de leur réception.",
    ),
    (
        "price",
        "Ce que vous paierez, et quand",
        "Élément | Prix hors taxes | Exigibilité\n"
        "Atelier de cadrage et audit des données | 400 000 DZD | selon l'échéancier ci-dessous\n"
        "POC | 1 100 000 DZD | selon l'échéancier ci-dessous\n"
        "Intégration (uniquement si déploiement) | 2 000 000 DZD | selon l'échéancier ci-dessous\n"
        "Partie variable | 300 DZD par Lead Qualifié (demande de devis comportant un nom, un "
        "numéro de téléphone vérifié et un produit identifié) | mensuelle, à terme échu\n\n"
        "Échéancier : acompte de 20 % à la signature du bon de commande ; solde à la signature "
        "du procès-verbal de réception, et non avant. Toute facture est réglée à trente (30) "
        "jours de sa réception par le Client. La partie variable est limitée à 350 000 DZD par "
        "mois et à 3 600 000 DZD sur les douze (12) premiers mois ; tout dépassement reste à la "
        "charge du Prestataire.",
    ),
    (
        "price",
        "Prix",
        "À défaut de réception prononcée par le Client, le solde du prix n'est pas exigible. "
        "Sous cette réserve, le prix est payable comme suit : un acompte de trente pour cent "
        "(30 %) à la signature du bon de commande, le solde à la signature du procès-verbal de "
        "réception. Chaque facture est payable à 30 jours de sa réception.\n\n"
        "Partie fixe : atelier de cadrage et audit des données : 520 000 DZD ; POC : "
        "1 480 000 DZD ; intégration, si le projet est déployé : 2 100 000 DZD. Partie "
        "variable : 2,5 % du montant hors taxes de chaque commande conclue avec un prospect "
        "identifié par la solution et enregistré comme tel dans le CRM du Client, sans que le "
        "total de cette partie puisse être supérieur à 300 000 DZD par mois ni à "
        "3 000 000 DZD pour la première année.",
    ),
    # ------------------------------------------------------------------ data
    (
        "data",
        "Ce dont nous aurons besoin",
        "Le POC s'appuiera sur vos sources suivantes : votre CRM (Salesforce), votre ERP "
        "(Sage X3), votre site e-commerce et votre compte WhatsApp Business. Vous mettrez à "
        "notre disposition un historique de douze (12) mois, soit environ 85 000 "
        "enregistrements.\n\n"
        "Lors de l'audit des données, nous mesurerons la qualité de ces données (doublons, "
        "champs manquants, formats) et vous en rendrons compte par écrit. La préparation des "
        "données (extraction, nettoyage, anonymisation) sera assurée par nos soins, sauf "
        "l'extraction depuis votre ERP, qui reste à votre charge.",
    ),
    (
        "data",
        "Données et hypothèses",
        "Les données utilisées proviennent du CRM du Client, de sa boîte de messagerie "
        "commerciale (e-mail) et des enregistrements de son centre d'appels. Le Client les met "
        "à disposition sur un historique de vingt-quatre (24) mois ; elles représentent, selon "
        "son estimation, 140 000 fiches contacts et 32 000 appels.\n\n"
        "Le Prestataire réalise l'audit des données ; il y mesure le taux de doublons, la part "
        "des champs manquants et l'hétérogénéité des formats, et en remet un rapport écrit au "
        "Client. L'extraction incombe au Client ; le nettoyage et l'anonymisation incombent au "
        "Prestataire, sans supplément de prix.",
    ),
    (
        "data",
        "Quelles données, en quel état, préparées par qui ?",
        "Si l'historique disponible dans l'un des systèmes est inférieur à douze (12) mois, les "
        "Parties en prennent acte au procès-verbal de l'atelier de cadrage ; à défaut, le POC "
        "porte sur un historique de 12 mois issu des sources suivantes : ERP Odoo, site "
        "e-commerce Shopify, WhatsApp Business et centre d'appels, soit environ 60 000 "
        "enregistrements.\n\n"
        "Aucune donnée n'est réputée exploitable avant l'audit : celui-ci mesure les doublons, "
        "les champs manquants et les formats, et son résultat est communiqué par écrit au "
        "Client. La préparation des données (extraction, nettoyage, anonymisation) est "
        "effectuée par le Prestataire, selon la répartition arrêtée à l'atelier de cadrage.",
    ),
    (
        "data",
        "Données",
        "Source | Contenu | Historique | Volume estimé\n"
        "CRM | contacts et opportunités | 18 mois | 45 000 fiches\n"
        "ERP | commandes et factures | 18 mois | 120 000 lignes\n"
        "E-mail | demandes entrantes du service commercial | 12 mois | 9 500 messages\n\n"
        "La qualité de ces données (doublons, champs manquants, formats de dates et de "
        "numéros) est mesurée par le Prestataire lors de l'audit et fait l'objet d'un rapport "
        "écrit. Chacune des parties prend en charge une partie de la préparation : le Client "
        "extrait les données ; le Prestataire les nettoie et les anonymise avant tout "
        "traitement.",
    ),
    # ------------------------------------------------------------------ success_criteria
    (
        "success_criteria",
        "Comment saurons-nous que cela fonctionne ?",
        "Nous considérerons le projet réussi si, à l'issue du POC, votre coût par lead a baissé "
        "d'au moins 15 % et votre taux de transformation des devis en commandes a progressé "
        "d'au moins 4,5 points, chacun mesuré par rapport à sa valeur de départ. Ces valeurs "
        "de départ seront relevées ensemble, par vous et par nous, pendant l'audit des "
        "données, sur les trois (3) mois qui précèdent le projet, et consignées au "
        "procès-verbal de l'atelier de cadrage.",
    ),
    (
        "success_criteria",
        "Critères de succès",
        "Indicateur | Valeur de référence | Cible\n"
        "Coût par lead | mesurée lors de l'audit des données | baisse de 12,5 %\n"
        "Taux de conversion des demandes de devis | mesurée lors de l'audit des données | "
        "hausse de 10 %\n"
        "Délai moyen de première réponse | mesurée lors de l'audit des données | moins de "
        "deux (2) minutes\n\n"
        "Les valeurs de référence sont mesurées conjointement par les Parties avant le "
        "lancement du POC et consignées au procès-verbal de l'atelier de cadrage.",
    ),
    (
        "success_criteria",
        "KPI",
        "Aucun indicateur n'est réputé atteint sans comparaison avec la situation de "
        "référence, mesurée contradictoirement par les Parties au cours de l'audit des données "
        "et inscrite au procès-verbal de l'atelier de cadrage. Par rapport à cette situation, "
        "le coût d'acquisition par lead doit diminuer de quinze pour cent (15 %) et le taux de "
        "transformation des prospects en clients augmenter de dix pour cent (10 %).",
    ),
    (
        "success_criteria",
        "Nos objectifs chiffrés",
        "Le Prestataire s'engage sur deux indicateurs : une réduction de 20 % du nombre "
        "d'appels non traités au centre d'appels et un taux de réponses correctes d'au moins "
        "85 % sur un échantillon de 200 conversations. Chacun d'eux est comparé à son niveau "
        "initial ; celui-ci est relevé par les deux Parties ensemble pendant l'audit des "
        "données et figure au procès-verbal de l'atelier de cadrage.",
    ),
    # ------------------------------------------------------------------ timeline
    (
        "timeline",
        "Notre calendrier",
        "Nous animerons l'atelier de cadrage au plus tard le 7 janvier 2027 (semaine 1) ; nous "
        "conduirons ensuite l'audit des données en semaines 2 et 3, puis le POC de la semaine 4 "
        "à la semaine 9. Vous prendrez la décision go/no-go au plus tard le 12 mars 2027. Un "
        "retard de notre fait ne pourra reporter cette date sans votre accord écrit.",
    ),
    (
        "timeline",
        "Calendrier",
        "Sauf accord écrit du Client, la date du comité de décision go/no-go, fixée au "
        "15 mars 2027, ne peut être reportée, même en cas de retard imputable au Prestataire. "
        "Les étapes qui la précèdent sont les suivantes : atelier de cadrage au plus tard le "
        "11 janvier 2027 ; audit des données pendant deux (2) semaines ; POC pendant six (6) "
        "semaines ; restitution des résultats au plus tard le 8 mars 2027.",
    ),
    (
        "timeline",
        "Quand les choses se feront-elles ?",
        "Étape | Échéance\n"
        "Atelier de cadrage | au plus tard le 4 février 2027 (semaine 1)\n"
        "Audit des données | semaines 2 et 3\n"
        "POC | semaines 4 à 9\n"
        "Décision go/no-go | au plus tard le 8 avril 2027\n"
        "Déploiement et formation, si la décision est positive | semaines 11 à 16\n\n"
        "La date de décision go/no-go ne peut être repoussée du fait d'un retard du "
        "Prestataire qu'avec l'accord écrit du Client.",
    ),
    (
        "timeline",
        "Planning",
        "Si le Prestataire prend du retard, la décision go/no-go n'en est pas décalée : elle "
        "intervient au plus tard le 30 avril 2027, sauf consentement écrit du Client à un "
        "report. Le calendrier se déroule ainsi : atelier de cadrage dans les dix (10) jours "
        "suivant la signature de la présente Lettre, audit des données de quinze (15) jours, "
        "POC de six (6) semaines.",
    ),
    # ------------------------------------------------------------------ exclusivity
    (
        "exclusivity",
        "Vous réservez-vous à nous ?",
        "Vous nous accordez l'exclusivité pendant quarante-cinq (45) jours à compter de la "
        "signature de la présente Lettre, à condition que nous tenions nos engagements : "
        "démarrer l'atelier de cadrage à la date convenue, livrer le POC dans les délais et "
        "affecter les ressources annoncées (un chef de projet et deux data scientists). Si "
        "nous avons plus de dix (10) jours ouvrés de retard sur une étape du calendrier, si le "
        "POC n'est pas concluant ou si nous remplaçons le chef de projet sans votre accord, "
        "vous êtes libéré de l'exclusivité de plein droit et sans indemnité.",
    ),
    (
        "exclusivity",
        "Exclusivité",
        "Si le Prestataire ne démarre pas l'atelier de cadrage à la date convenue, ne livre "
        "pas le POC dans les délais ou n'affecte pas les ressources annoncées, le Client est "
        "délié de l'exclusivité, de plein droit et sans indemnité. Sous cette condition, le "
        "Client s'engage à ne pas confier un projet de même objet à un tiers pendant soixante "
        "(60) jours à compter de la signature de la présente Lettre ; l'exclusivité prend fin "
        "en tout état de cause à l'expiration de ce délai, ou plus tôt si le POC n'est pas "
        "concluant.",
    ),
    (
        "exclusivity",
        "Engagement d'exclusivité",
        "L'exclusivité consentie au Prestataire dure trente (30) jours à compter de la "
        "signature ; elle ne se prolonge pas tacitement et n'est due que tant que le "
        "Prestataire respecte ses engagements de calendrier, de livrables et de ressources. "
        "Elle cesse, automatiquement et sans indemnité, dès que le Prestataire accuse un retard "
        "de plus de dix (10) jours ouvrés sur l'une des étapes du calendrier ou que le POC "
        "n'est pas concluant.",
    ),
    (
        "exclusivity",
        "Pendant combien de temps vous engagez-vous à ne voir que nous ?",
        "Pendant cinquante (50) jours à compter de la signature de la présente Lettre, vous ne "
        "conduirez pas de projet similaire avec un autre prestataire. En contrepartie, nous "
        "nous engageons à lancer l'atelier de cadrage à la date prévue, à livrer le POC à la "
        "date prévue et à mobiliser l'équipe annoncée ; à défaut, ou si le POC n'est pas "
        "concluant, votre engagement tombe de plein droit, sans indemnité ni préavis.",
    ),
    # ------------------------------------------------------------------ confidentiality
    (
        "confidentiality",
        "Ce que chacun de nous garde pour lui",
        "Chacun de nous s'engage à garder strictement confidentielles les informations que "
        "l'autre lui communique, y compris les données que vous nous confiez pour l'audit. "
        "Cette obligation nous lie tous deux de la même façon et survit deux (2) ans à la fin "
        "de la présente Lettre, quelle qu'en soit la cause.",
    ),
    (
        "confidentiality",
        "Confidentialité",
        "Chacune des parties tient pour strictement confidentielles les informations que "
        "l'autre partie lui divulgue, notamment les données communiquées lors de l'audit ; "
        "elle ne peut les révéler qu'à ceux de ses salariés et conseils qui en ont besoin et "
        "qui sont tenus au même secret. Cet engagement réciproque demeure en vigueur trois (3) "
        "ans après l'expiration ou la résiliation de la présente Lettre.",
    ),
    (
        "confidentiality",
        "Secret des informations échangées",
        "Sauf obligation légale ou décision de justice, aucune des Parties ne divulgue les "
        "informations reçues de l'autre, qu'elles soient commerciales, techniques ou issues de "
        "l'audit des données. Les Parties sont tenues de cette obligation réciproquement et à "
        "l'identique ; elle survit à la fin de la présente Lettre pendant vingt-quatre (24) "
        "mois.",
    ),
    (
        "confidentiality",
        "Informations confidentielles",
        "À l'exception des informations déjà publiques ou connues de la Partie qui les reçoit, "
        "toute information communiquée par une Partie à l'autre, y compris les données "
        "examinées pendant l'audit, est confidentielle. L'obligation est mutuelle : le Client "
        "y est tenu envers le Prestataire comme le Prestataire envers le Client. Elle survit à "
        "la présente Lettre pendant deux (2) ans.",
    ),
    # ------------------------------------------------------------------ ip
    (
        "ip",
        "Qui est propriétaire de quoi ?",
        "Vous restez seul propriétaire de vos données, des jeux de données constitués à partir "
        "d'elles, des prompts, des modèles spécifiques entraînés pour vous et des contenus "
        "générés pour votre compte. Nous conservons nos outils préexistants ; nous vous en "
        "concédons toutefois une licence d'utilisation non exclusive pour la durée du projet "
        "et de l'exploitation de ses résultats.",
    ),
    (
        "ip",
        "Propriété intellectuelle",
        "Le Prestataire garde son outil et ses bibliothèques préexistantes ; il ne pourra "
        "toutefois revendiquer aucun droit sur les Données du Client, sur les jeux de données, "
        "les Prompts et les Modèles Spécifiques réalisés pour lui, ni sur les contenus générés "
        "pour son compte, dont le Client demeure seul titulaire. Il concède au Client une "
        "licence non exclusive d'utilisation de l'outil pour la durée du projet.",
    ),
    (
        "ip",
        "Droits sur les résultats",
        "Rien dans la présente Lettre n'emporte cession ni licence au Prestataire des Données "
        "du Client, sinon pour les seuls besoins du POC. Le Client est et reste seul "
        "propriétaire de ses données, des jeux de données, des prompts, des paramètres des "
        "modèles affinés pour lui et des contenus générés en son nom ; le Prestataire conserve "
        "la propriété de ses outils antérieurs, que le Client utilise sous licence.",
    ),
    (
        "ip",
        "À qui appartient ce que nous produirons ?",
        "Hormis nos outils préexistants, que nous vous licencions pour l'usage du projet, tout "
        "ce que nous produirons pour vous vous appartient : les jeux de données, les prompts, "
        "les modèles spécifiques et leurs paramètres, ainsi que les contenus générés. Vos "
        "données restent les vôtres, en toutes circonstances.",
    ),
    # ------------------------------------------------------------------ governance
    (
        "governance",
        "Qui décide ?",
        "Vous désignez comme sponsor Mme Amina Belkacem, directrice commerciale ; elle valide "
        "les Livrables et prend la décision go/no-go. Nous désignons M. Karim Haddad comme chef "
        "de projet ; nous ne le remplacerons pas sans votre accord écrit préalable. Un comité "
        "de pilotage nous réunit chaque semaine pendant le POC, puis chaque mois.",
    ),
    (
        "governance",
        "Gouvernance",
        "À défaut de validation écrite du sponsor du Client, M. Yacine Mansouri, directeur "
        "général adjoint, aucun Livrable n'est réputé accepté ; il lui appartient également de "
        "prendre la décision go/no-go. Le Prestataire affecte au projet un chef de projet, "
        "Mme Lina Cherif, qu'il ne peut remplacer sans le consentement préalable et écrit du "
        "Client. Le comité de pilotage se tient chaque semaine pendant le POC et chaque mois "
        "ensuite.",
    ),
    (
        "governance",
        "Les rôles",
        "Rôle | Titulaire | Attributions\n"
        "Sponsor du Client | Mme Sarah Benali, directrice marketing | valide les Livrables, "
        "prend la décision go/no-go, arbitre les désaccords\n"
        "Chef de projet du Prestataire | M. Nassim Ait Ahmed | conduit le projet ; ne peut être "
        "remplacé qu'avec l'accord écrit préalable du Client\n"
        "Comité de pilotage | les deux ci-dessus | hebdomadaire pendant le POC, mensuel "
        "ensuite",
    ),
    (
        "governance",
        "Pilotage du projet",
        "Chacune des parties désigne un responsable. Pour le Client, c'est son directeur des "
        "ventes, M. Rachid Ouali, sponsor du projet : il approuve les Livrables et décide du "
        "go/no-go. Pour le Prestataire, c'est son chef de projet, M. Samir Djebbar ; il ne "
        "pourra être remplacé sans l'accord écrit préalable du Client, sauf départ de la "
        "société, auquel cas le Client agrée son successeur.",
    ),
    # ------------------------------------------------------------------ poc
    (
        "poc",
        "Le pilote",
        "Le POC durera six (6) semaines à compter de la mise à disposition de vos données. Il "
        "sera concluant si, sur un échantillon de 200 conversations, au moins 85 % des réponses "
        "sont correctes et si au moins 20 % des conversations aboutissent à une demande de "
        "devis transmise à vos commerciaux avec des coordonnées complètes. Le pilote ne vaut ni "
        "réception ni commande ; aucune de ses parties ne passera en production sans votre "
        "décision go/no-go écrite.",
    ),
    (
        "poc",
        "Preuve de concept",
        "Si les critères d'acceptation ne sont pas atteints à l'issue des huit (8) semaines que "
        "dure le POC, décomptées à partir de la mise à disposition des Données du Client, le "
        "Client n'est tenu à aucune commande. Ces critères sont les suivants : taux de réponses "
        "correctes supérieur ou égal à 87,5 % sur un échantillon de 300 conversations ; taux "
        "d'escalade vers un agent humain inférieur à 15 %.",
    ),
    (
        "poc",
        "Ce que le POC doit démontrer",
        "Le POC porte sur le service après-vente en français et en arabe ; il dure six (6) "
        "semaines à compter de la remise des données nécessaires. Il est réputé concluant "
        "lorsque les critères d'acceptation suivants sont réunis : 85 % au moins de réponses "
        "correctes sur 200 conversations tirées au hasard, et un délai de première réponse "
        "inférieur à trente (30) secondes dans 95 % des cas. Il n'est pas le produit final.",
    ),
    (
        "poc",
        "POC",
        "Le POC n'engage le Client à aucun déploiement. Il s'étend sur sept (7) semaines "
        "suivant la date à laquelle le Client met à disposition les données nécessaires ; il "
        "est jugé concluant si la précision de la classification des réclamations atteint au "
        "moins 90 % sur un jeu de test de 500 réclamations et si le temps moyen de tri baisse "
        "de 40 % au moins.",
    ),
    # ------------------------------------------------------------------ internal_effort
    (
        "internal_effort",
        "Ce que le projet vous demandera",
        "Nous estimons la charge de vos équipes pendant le POC à quinze (15) jours-homme : six "
        "(6) pour l'extraction et le nettoyage des données (votre service informatique), cinq "
        "(5) pour la validation des contenus (votre service commercial) et quatre (4) pour "
        "l'adaptation des processus (votre direction des ventes). Toute charge supplémentaire "
        "vous sera signalée par écrit et ne sera engagée qu'avec votre accord.",
    ),
    (
        "internal_effort",
        "Charge interne",
        "Au-delà de vingt (20) jours-homme, aucune charge supplémentaire ne peut être demandée "
        "aux équipes du Client sans son accord écrit. Dans cette limite, la charge estimée "
        "pendant le POC se répartit ainsi : extraction et nettoyage des données, 8 jours-homme, "
        "assurés par la DSI ; validation des contenus, 7 jours-homme, assurés par le service "
        "client ; formation des agents, 5 jours-homme, assurés par les ressources humaines.",
    ),
    (
        "internal_effort",
        "Ressources du Client",
        "Tâche | Équipe du Client | Charge\n"
        "Extraction des données | informatique | 4 jours-personne\n"
        "Validation des réponses types | service après-vente | 6 jours-personne\n"
        "Adaptation des processus | direction commerciale | 2 jours-personne\n"
        "Total | | 12 jours-personne\n\n"
        "Cette charge est une estimation pour la durée du POC ; le Prestataire informe le "
        "Client par écrit de tout écart prévisible.",
    ),
    (
        "internal_effort",
        "Votre équipe",
        "Votre participation ne dépassera pas, selon notre estimation, dix-huit (18) "
        "jours-homme pendant le POC. Votre responsable informatique y consacrera sept (7) "
        "jours, pour l'extraction des données ; votre responsable commercial six (6), pour la "
        "validation des contenus ; votre service qualité cinq (5), pour l'évolution des "
        "procédures.",
    ),
    # ------------------------------------------------------------------ termination
    (
        "termination",
        "Comment sortir ?",
        "Chacun de nous peut mettre fin à la présente Lettre à tout moment, par écrit, avec un "
        "préavis de quinze (15) jours, sans indemnité ; seules les prestations exécutées et "
        "réceptionnées vous seront facturées. Quelle que soit la cause de la fin de la Lettre "
        "ou du projet, nous vous restituerons dans les quinze (15) jours ouvrés vos données, "
        "jeux de données, prompts et modèles spécifiques dans des formats ouverts et documentés "
        "(CSV, JSON, ONNX), puis nous détruirons nos copies.",
    ),
    (
        "termination",
        "Résiliation et réversibilité",
        "Si le Client met fin à la présente Lettre, ce qu'il peut faire à tout moment par "
        "lettre recommandée moyennant un préavis de quinze (15) jours, il ne doit que les "
        "prestations exécutées et acceptées, à l'exclusion de toute indemnité. Le Prestataire "
        "dispose du même droit. Dans les quinze (15) jours ouvrés suivant la fin de la Lettre "
        "ou du projet, pour quelque cause que ce soit, le Prestataire remet au Client ses "
        "Données, les jeux de données, les Prompts et les Modèles Spécifiques, dans des "
        "formats ouverts et documentés.",
    ),
    (
        "termination",
        "Sortie",
        "La fin de la présente Lettre, à l'initiative de l'une ou l'autre des Parties, par "
        "écrit et avec un préavis de quinze (15) jours, n'ouvre droit à aucune indemnité ; "
        "seules restent dues les prestations réalisées et réceptionnées. Elle n'emporte aucune "
        "dépendance envers le Prestataire : celui-ci restitue au Client, dans un délai de dix "
        "(10) jours ouvrés, les données, jeux de données, prompts et modèles spécifiques, dans "
        "des formats ouverts (CSV, JSON, ONNX) accompagnés de leur documentation.",
    ),
    (
        "termination",
        "Et si vous voulez arrêter ?",
        "Vous pourrez arrêter à tout moment : il vous suffira de nous l'écrire quinze (15) "
        "jours à l'avance, sans avoir à vous justifier ni à nous indemniser, et vous ne paierez "
        "que ce que nous aurons livré et que vous aurez accepté. Nous avons le même droit. "
        "Dans tous les cas, nous vous rendrons sous quinze (15) jours ouvrés vos données, "
        "jeux de données, prompts et modèles spécifiques, dans des formats ouverts et "
        "documentés.",
    ),
    # ------------------------------------------------------------------ data_protection
    (
        "data_protection",
        "Vos données personnelles",
        "Vous et nous nous engageons à respecter la loi n° 18-07 du 10 juin 2018 relative à la "
        "protection des personnes physiques dans le traitement des données à caractère "
        "personnel. Vos données seront hébergées en Algérie, sauf accord écrit de votre part ; "
        "seules les personnes de notre équipe nommément désignées y auront accès.",
    ),
    (
        "data_protection",
        "Données personnelles et hébergement",
        "Les Données du Client sont hébergées en Algérie, dans le centre de données d'un "
        "hébergeur situé à Alger. Un accès de maintenance depuis la Tunisie est possible pour "
        "l'équipe technique du Prestataire ; tout transfert de données à caractère personnel "
        "hors d'Algérie est toutefois subordonné à l'autorisation préalable de l'ANPDP et à "
        "l'accord écrit du Client. Les Parties se conforment à la loi n° 18-07 du 10 juin "
        "2018.",
    ),
    (
        "data_protection",
        "Protection des données",
        "Aucune donnée à caractère personnel ne quitte le territoire algérien sans l'accord "
        "écrit du Client et, le cas échéant, l'autorisation de l'Autorité nationale de "
        "protection des données à caractère personnel ; les données sont hébergées sur des "
        "serveurs situés à Oran. Chacune des parties respecte, pour ce qui la concerne, les "
        "dispositions de la loi 18-07 relative à la protection des personnes physiques dans le "
        "traitement des données à caractère personnel.",
    ),
    (
        "data_protection",
        "Sécurité et conformité",
        "Le Prestataire agit en qualité de sous-traitant au sens de la loi n° 18-07 du 10 juin "
        "2018 ; il traite les données personnelles sur les seules instructions écrites du "
        "Client. Il les héberge en Algérie, sauf si le Client en décide autrement par écrit, "
        "les chiffre au repos et en transit, et en limite l'accès aux personnes habilitées.",
    ),
    # ------------------------------------------------------------------ binding_effect
    (
        "binding_effect",
        "Ce qui nous engage, et ce qui ne nous engage pas",
        "Cette Lettre exprime notre intention commune de négocier de bonne foi. Elle n'est ni "
        "une offre ferme ni un contrat définitif, et ni vous ni nous ne sommes tenus de "
        "conclure ce contrat. Seuls les articles 8 (Confidentialité), 9 (Exclusivité) et 15 "
        "(Droit applicable) nous lient ; les autres stipulations n'ont qu'une valeur "
        "indicative.",
    ),
    (
        "binding_effect",
        "Portée de la Lettre",
        "À l'exception des articles 6 (confidentialité), 7 (exclusivité) et 12 (droit "
        "applicable et litiges), qui lient les Parties dès la signature, la présente Lettre "
        "n'a pas de force obligatoire : elle ne constitue ni une offre ferme ni un accord "
        "définitif et n'oblige aucune des Parties à conclure celui-ci.",
    ),
    (
        "binding_effect",
        "Caractère non contraignant",
        "Aucune des Parties n'est tenue de signer l'accord définitif ; chacune reste libre de "
        "mettre fin aux négociations, pourvu qu'elle les ait conduites de bonne foi. La "
        "présente Lettre ne vaut pas offre ferme. Seules ont un caractère obligatoire les "
        "stipulations relatives à la confidentialité, à l'exclusivité et au droit applicable ; "
        "toutes les autres sont purement indicatives.",
    ),
    (
        "binding_effect",
        "La présente Lettre vous oblige-t-elle à signer ?",
        "Non. Elle traduit l'intention des Parties de négocier de bonne foi un accord "
        "définitif ; elle n'en est pas un, et elle ne constitue pas davantage une offre "
        "ferme. Elle n'oblige ni le Client ni le Prestataire à conclure. Trois articles "
        "seulement produisent des effets obligatoires : les articles 4.2 (confidentialité), 9 "
        "(exclusivité) et 12 (droit applicable et règlement des litiges).",
    ),
    # ------------------------------------------------------------------ governing_law
    (
        "governing_law",
        "Si nous ne sommes pas d'accord",
        "La présente Lettre est soumise au droit algérien. Si un différend nous oppose, nous "
        "rechercherons d'abord, vous et nous, un règlement amiable pendant trente (30) jours ; "
        "à défaut, il sera porté devant les juridictions compétentes d'Alger.",
    ),
    (
        "governing_law",
        "Droit applicable et litiges",
        "À défaut de règlement amiable dans un délai de trente (30) jours à compter de la "
        "notification du différend, tout litige relatif à la présente Lettre est soumis aux "
        "tribunaux compétents d'Alger. La Lettre est régie par la loi algérienne.",
    ),
    (
        "governing_law",
        "Loi applicable",
        "Le droit algérien, à l'exclusion de toute autre loi, régit la présente Lettre, son "
        "interprétation et son exécution. Chacune des parties s'engage à tenter une médiation "
        "avant toute action ; si celle-ci échoue, le litige relève des juridictions "
        "compétentes d'Alger.",
    ),
    (
        "governing_law",
        "Quel droit, quel juge ?",
        "Le droit algérien s'applique. Les Parties recherchent d'abord un accord amiable ; "
        "elles ne saisissent le tribunal compétent d'Alger qu'après l'échec de cette "
        "tentative, constaté par écrit ou acquis quarante-cinq (45) jours après la première "
        "réclamation.",
    ),
    # ------------------------------------------------------------------ validity
    (
        "validity",
        "Combien de temps cette Lettre vaut-elle ?",
        "Cette Lettre reste valable quatre-vingt-dix (90) jours à compter de sa signature ; "
        "faute d'accord définitif signé dans ce délai, elle devient caduque de plein droit, "
        "sans indemnité ni pour vous ni pour nous.",
    ),
    (
        "validity",
        "Durée",
        "Sauf prorogation convenue par écrit entre les Parties, la présente Lettre expire à "
        "l'issue d'un délai de quatre-vingt-dix (90) jours suivant sa signature, sans qu'aucune "
        "formalité soit nécessaire.",
    ),
    (
        "validity",
        "Validité",
        "La présente Lettre entre en vigueur à sa signature par les deux Parties. Elle ne se "
        "renouvelle pas tacitement ; elle prend fin au plus tard soixante (60) jours après sa "
        "signature ou, plus tôt, à la signature de l'accord définitif.",
    ),
    (
        "validity",
        "Jusqu'à quand ?",
        "La présente Lettre est valable jusqu'au 31 mars 2027 inclus, soit quatre-vingt-dix "
        "(90) jours après sa signature le 31 décembre 2026. Passé cette date, et à défaut "
        "d'accord définitif, elle est caduque.",
    ),
]


@pytest.mark.parametrize("topic, title, text", GOOD, ids=case_ids(GOOD, 0))
def test_good_fr(topic, title, text):
    assert alarms(title, text, topic, "fr") == []
