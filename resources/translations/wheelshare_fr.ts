<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/wheelshare/ui/about.py" line="+76"/>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>About wheelshare</source>
        <translation>À propos de wheelshare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Rent adapted vehicles from their owners, and find out how accessible venues really are, rated by wheelchair users.</source>
        <translation>Louez des véhicules adaptés à leurs propriétaires, et découvrez l’accessibilité réelle des lieux, notée par des personnes en fauteuil roulant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>wheelshare {version}</source>
        <translation>wheelshare {version}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Free software under the &lt;a href=&quot;{url}&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later.</source>
        <translation>Logiciel libre sous &lt;a href=&quot;{url}&quot;&gt;licence publique générale GNU&lt;/a&gt;, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline place names: place names from GeoNames (geonames.org), licensed under &lt;a href=&quot;{url}&quot;&gt;CC BY 4.0&lt;/a&gt;.</source>
        <translation>Noms de lieux hors ligne : noms de lieux de GeoNames (geonames.org), sous licence &lt;a href=&quot;{url}&quot;&gt;CC BY 4.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venue accessibility and online place search: © &lt;a href=&quot;{url}&quot;&gt;OpenStreetMap contributors&lt;/a&gt;, data available under the Open Database License (ODbL 1.0).</source>
        <translation>Accessibilité des lieux et recherche de lieux en ligne : © &lt;a href=&quot;{url}&quot;&gt;contributeurs d’OpenStreetMap&lt;/a&gt;, données disponibles sous licence Open Database License (ODbL 1.0).</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/page.py" line="+109"/>
        <source>Account &amp; settings</source>
        <translation>Compte et réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here? Create an account</source>
        <translation>Nouveau ? Créez un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name others will see</source>
        <translation>N&amp;om visible par les autres</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sig&amp;n out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email for the new account</source>
        <translation>E-mail du nouveau compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for the new account</source>
        <translation>Mot de passe du nouveau compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create account and sign in</source>
        <translation>C&amp;réer le compte et se connecter</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How dates, times, money and distances are written.</source>
        <translation>La façon d’écrire les dates, les heures, les montants et les distances.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The app is not connected to a feed yet; sign-in is possible once it is.</source>
        <translation>L’application n’est pas encore reliée à un flux ; la connexion sera possible ensuite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in to {feed}. Sign in to list vehicles, answer requests and write reviews.</source>
        <translation>Non connecté à {feed}. Connectez-vous pour proposer des véhicules, répondre aux demandes et écrire des avis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in again as {email} on {feed}: changes wait to be sent until then.</source>
        <translation>Reconnectez-vous en tant que {email} sur {feed} : les modifications attendent d’être envoyées jusque-là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {name} ({email}) on {feed}.</source>
        <translation>Connecté en tant que {name} ({email}) sur {feed}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter an email address such as name@example.org.</source>
        <translation>Saisissez une adresse e-mail comme nom@exemple.org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name other people will see (80 characters at most).</source>
        <translation>Saisissez le nom que les autres verront (80 caractères au plus).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Correct the fields marked below.</source>
        <translation>Corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check this field.</source>
        <translation>Vérifiez ce champ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in. Your sign-in is kept in the system&apos;s password store (keyring).</source>
        <translation>Connecté. Votre connexion est conservée dans le trousseau de mots de passe du système.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Sign out?</source>
        <translation>Se déconnecter ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out {name}?</source>
        <translation>Déconnecter {name} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your bookings and requests are hidden on this computer until you sign in again, with your password.</source>
        <translation>Vos réservations et demandes sont masquées sur cet ordinateur jusqu’à ce que vous vous reconnectiez, avec votre mot de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What waits to be sent stays waiting, and goes with the next sign-in.</source>
        <translation>Ce qui attend d’être envoyé reste en attente et partira à la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed out; the sign-in was removed from this computer and from the feed.</source>
        <translation>Déconnecté ; la connexion a été supprimée de cet ordinateur et du flux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed out on this computer. The feed could not be told ({why}); the old sign-in stops working when it expires.</source>
        <translation>Déconnecté sur cet ordinateur. Le flux n’a pas pu être prévenu ({why}) ; l’ancienne connexion cessera de fonctionner à son expiration.</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed is the server that shares listings, bookings and reviews. Leave the address empty to use the built-in demo feed.</source>
        <translation>Le flux est le serveur qui partage annonces, réservations et avis. Laissez l’adresse vide pour utiliser le flux de démonstration intégré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In use: {url}</source>
        <translation>En service : {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use: the built-in demo feed.</source>
        <translation>En service : le flux de démonstration intégré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed &amp;address</source>
        <translation>A&amp;dresse du flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k connection</source>
        <translation>Vérifier &amp;la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;se this feed</source>
        <translation>Utiliser ce flu&amp;x</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forget &amp;my wheelchair</source>
        <translation>Ou&amp;blier mon fauteuil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Your account was deleted from the feed, and you are signed out. Your bookings were removed from this computer.</source>
        <translation>Votre compte a été supprimé du flux et vous êtes déconnecté·e. Vos réservations ont été retirées de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter the feed&apos;s address first.</source>
        <translation>Saisissez d’abord l’adresse du flux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {url}…</source>
        <translation>Vérification de {url}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected: {url} answered as a wheelshare feed.</source>
        <translation>Connecté : {url} a répondu comme un flux wheelshare.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. The app now uses {url}; sign in to it if you have an account there.</source>
        <translation>Enregistré. L’application utilise maintenant {url} ; connectez-vous si vous y avez un compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The app uses the built-in demo feed.</source>
        <translation>Enregistré. L’application utilise le flux de démonstration intégré.</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>My wheelchair</source>
        <translation>Mon fauteuil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With these measurements, searches can tell whether a vehicle or a venue fits your chair. They stay on this computer.</source>
        <translation>Avec ces mesures, les recherches indiquent si un véhicule ou un lieu convient à votre fauteuil. Elles restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve my wheelchair</source>
        <translation>E&amp;nregistrer mon fauteuil</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>Not saved: correct the measurements marked above.</source>
        <translation>Non enregistré : corrigez les mesures signalées ci-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. “Fits my wheelchair” now uses these measurements.</source>
        <translation>Enregistré. « Convient à mon fauteuil » utilise désormais ces mesures.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forgotten: searches no longer check your chair.</source>
        <translation>Oublié : les recherches ne vérifient plus votre fauteuil.</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes apply at once and are remembered.</source>
        <translation>Les changements s’appliquent aussitôt et sont mémorisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
</context>
<context>
    <name>AddVenueDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/add_dialog.py" line="+48"/>
        <source>Add a venue</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A venue missing from the map: give its name, its category and where it is, and what you know of its accessibility. A moderator may check it before everyone sees it.</source>
        <translation>Un lieu qui manque sur la carte : donnez son nom, sa catégorie, où il se trouve et ce que vous savez de son accessibilité. Un modérateur peut le vérifier avant que tout le monde le voie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category</source>
        <translation>Choisissez une catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Town or village</source>
        <translation>&amp;Ville ou village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type two letters, then choose the town from the list.</source>
        <translation>Tapez deux lettres, puis choisissez la ville dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street &amp;address (optional)</source>
        <translation>&amp;Adresse (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you know (leave the rest as “Don&apos;t know”)</source>
        <translation>Ce que vous savez (laissez le reste sur « Je ne sais pas »)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A&amp;dd the venue</source>
        <translation>A&amp;jouter le lieu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No point yet: choose the town where the venue is.</source>
        <translation>Pas encore de point : choisissez la ville où se trouve le lieu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue will be put on the map in {town}, at {point} (the centre of the town; members nearby can correct it).</source>
        <translation>Le lieu sera placé sur la carte à {town}, au point {point} (le centre de la ville ; les membres du coin pourront le corriger).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the venue&apos;s name.</source>
        <translation>Saisissez le nom du lieu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the town where the venue is.</source>
        <translation>Choisissez la ville où se trouve le lieu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a town in the list: choose one from it.</source>
        <translation>« {text} » n’est pas une ville de la liste : choisissez-en une.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick this box to agree; without it the venue cannot be shared.</source>
        <translation>Cochez cette case pour donner votre accord ; sans lui, le lieu ne peut pas être partagé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was added: correct what is marked below.</source>
        <translation>Rien n’a été ajouté : corrigez ce qui est signalé ci-dessous.</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/page.py" line="+94"/>
        <source>When {title} is not available</source>
        <translation>Quand {title} n’est pas disponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save availability</source>
        <translation>&amp;Enregistrer la disponibilité</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/availability.py" line="+165"/>
        <source>Periods when the vehicle cannot be booked, besides confirmed bookings. Times are in the vehicle&apos;s time zone ({tz}).</source>
        <translation>Périodes où le véhicule ne peut pas être réservé, en plus des réservations confirmées. Les heures sont celles du fuseau horaire du véhicule ({tz}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cal&amp;endar: free and booked days</source>
        <translation>&amp;Calendrier : jours libres et réservés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Blocked periods</source>
        <translation>&amp;Périodes bloquées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked periods</source>
        <translation>Périodes bloquées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No blocks: the vehicle can be booked at any time.</source>
        <translation>Aucun blocage : le véhicule peut être réservé à tout moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove selected block</source>
        <translation>&amp;Retirer le blocage choisi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a one-off block</source>
        <translation>Ajouter un blocage ponctuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ntil</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;one-off block</source>
        <translation>Ajouter un blocage p&amp;onctuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a weekly block</source>
        <translation>Ajouter un blocage hebdomadaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day of the week</source>
        <translation>&amp;Jour de la semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &amp;time</source>
        <translation>De l’&amp;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until t&amp;ime</source>
        <translation>Jusqu’à &amp;l’heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until midni&amp;ght</source>
        <translation>Jusqu’à &amp;minuit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;weekly block</source>
        <translation>Ajouter un &amp;blocage hebdomadaire</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The block ends before it starts; choose a later end.</source>
        <translation>Le blocage finit avant de commencer ; choisissez une fin plus tardive.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The block is empty: the end equals the start.</source>
        <translation>Le blocage est vide : la fin est égale au début.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The block ends before it starts; choose a later time or tick Until midnight.</source>
        <translation>Le blocage finit avant de commencer ; choisissez une heure plus tardive ou cochez Jusqu’à minuit.</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <location line="-225"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blocked from {start} until {end}</source>
        <translation>Bloqué du {start} au {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Blocked every {day} from {start} until {end}</source>
        <translation>Bloqué chaque {day} de {start} à {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every {day}</source>
        <translation>Chaque {day}</translation>
    </message>
</context>
<context>
    <name>BookingReview</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/review_dialog.py" line="+24"/>
        <source>{count} at {price}: {total}</source>
        <translation>{count} à {price} : {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total: {total}</source>
        <translation>Total : {total}</translation>
    </message>
</context>
<context>
    <name>BookingReviewDialog</name>
    <message>
        <location line="+16"/>
        <source>Review your booking</source>
        <translation>Vérifier votre réservation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review your request</source>
        <translation>Vérifier votre demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book “{title}”?</source>
        <translation>Réserver « {title} » ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request “{title}”?</source>
        <translation>Demander « {title} » ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vehicle: {title}, {city}</source>
        <translation>Véhicule : {title}, {city}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: {dates}</source>
        <translation>Dates : {dates}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: {name}</source>
        <translation>Propriétaire : {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is booked at once, and you pay the total.</source>
        <translation>La réservation est immédiate, et vous payez le total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The owner accepts or declines your request; you pay only once it is accepted.</source>
        <translation>Le propriétaire accepte ou refuse votre demande ; vous ne payez qu’une fois qu’elle est acceptée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you are about to send</source>
        <translation>Ce que vous allez envoyer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;firm booking</source>
        <translation>Con&amp;firmer la réservation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Con&amp;firm and send request</source>
        <translation>Con&amp;firmer et envoyer la demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the vehicle</source>
        <translation>&amp;Retour au véhicule</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <location filename="../../src/wheelshare/ui/bookings/entries.py" line="+33"/>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused when sent</source>
        <translation>Refusée à l’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation waiting to be sent</source>
        <translation>Annulation en attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested, waiting for the owner</source>
        <translation>Demandée, en attente du propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the owner</source>
        <translation>Refusée par le propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired without an answer</source>
        <translation>Expirée sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>refund {amount}</source>
        <translation>remboursement {amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status}, pick-up at {place}</source>
        <translation>{status}, lieu de prise en charge : {place}</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/bookings/model.py" line="+23"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>to be quoted</source>
        <translation>sur devis</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/bookings/page.py" line="+153"/>
        <source>My bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;past and closed bookings</source>
        <translation>Afficher les réservations &amp;passées et closes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your bookings</source>
        <translation>Vos réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected booking</source>
        <translation>Réservation choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>&amp;Cancel booking…</source>
        <translation>Annuler la réserva&amp;tion…</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Message the &amp;owner</source>
        <translation>Écrire au pr&amp;opriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ismiss refused request</source>
        <translation>Ignorer la &amp;demande refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to calendar…</source>
        <translation>&amp;Exporter vers l’agenda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected bookings (or all shown) as an .ics calendar file</source>
        <translation>Enregistrer les réservations choisies (ou toutes celles affichées) dans un fichier d’agenda .ics</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your bookings appear here once the data is ready.</source>
        <translation>Vos réservations apparaissent ici dès que les données sont prêtes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your bookings could not be read: {problem}</source>
        <translation>Vos réservations n’ont pas pu être lues : {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign in under “Account &amp; settings” to see your bookings.</source>
        <translation>Connectez-vous dans « Compte et réglages » pour voir vos réservations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookings to show. Find a vehicle to make one.</source>
        <translation>Aucune réservation à afficher. Trouvez un véhicule pour en faire une.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n booking(s) shown.</source>
        <translation>
            <numerusform>%n réservation affichée.</numerusform>
            <numerusform>%n réservations affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose one booking in the list first.</source>
        <translation>Choisissez d’abord une réservation dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a request or a confirmed booking can be cancelled.</source>
        <translation>Seule une demande ou une réservation confirmée peut être annulée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Cancel request…</source>
        <translation>Re&amp;tirer la demande…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price: {price}</source>
        <translation>Prix : {price}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose other dates or another vehicle, or try again.</source>
        <translation>Choisissez d’autres dates ou un autre véhicule, ou réessayez.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Withdraw your request?</source>
        <translation>Retirer votre demande ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw your request for “{title}”, {dates}?</source>
        <translation>Retirer votre demande pour « {title} », {dates} ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has not been sent yet: the owner will never see it.</source>
        <translation>Elle n’a pas encore été envoyée : le propriétaire ne la verra jamais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner has not accepted it: nothing was paid, nothing is owed.</source>
        <translation>Le propriétaire ne l’a pas acceptée : rien n’a été payé, rien n’est dû.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw the request</source>
        <translation>&amp;Retirer la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the request</source>
        <translation>&amp;Garder la demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel your booking of “{title}”, {dates}?</source>
        <translation>Annuler votre réservation de « {title} », {dates} ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You will be refunded {refund} of the {price} paid.</source>
        <translation>Vous serez remboursé de {refund} sur les {price} payés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep the booking</source>
        <translation>&amp;Garder la réservation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not withdrawn yet</source>
        <translation>Pas encore retirée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request withdrawn; it was never sent.</source>
        <translation>Demande retirée ; elle n’a jamais été envoyée.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Choose a request that was refused in the list first.</source>
        <translation>Choisissez d’abord une demande refusée dans la liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose one booking the owner has received in the list first.</source>
        <translation>Choisissez d’abord dans la liste une réservation que le propriétaire a reçue.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>It is sent at the next sync, as soon as the connection works.</source>
        <translation>Elle part à la prochaine synchronisation, dès que la connexion fonctionne.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cancel the &amp;booking</source>
        <translation>Annuler la &amp;réservation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The request went out while you were deciding. Once it has arrived, it shows as requested here: withdraw it then.</source>
        <translation>La demande est partie pendant que vous décidiez. Une fois arrivée, elle apparaît ici comme demandée : retirez-la alors.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no booking to export.</source>
        <translation>Il n’y a aucune réservation à exporter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export bookings to a calendar file</source>
        <translation>Exporter les réservations vers un fichier d’agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {path} could not be written: {problem}. Choose another folder.</source>
        <translation>Le fichier {path} n’a pas pu être écrit : {problem}. Choisissez un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n booking(s) exported to {path}</source>
        <translation>
            <numerusform>%n réservation exportée vers {path}</numerusform>
            <numerusform>%n réservations exportées vers {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/month_calendar.py" line="+363"/>
        <source>Calendar, {month}</source>
        <translation>Calendrier, {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days struck through are booked.</source>
        <translation>Les jours barrés sont réservés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows: day and week. Page Up/Down: month. Enter: choose. Escape: close.</source>
        <translation>Flèches : jour et semaine. Page préc./suiv. : mois. Entrée : choisir. Échap : fermer.</translation>
    </message>
</context>
<context>
    <name>ChangeNameDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/rights.py" line="+222"/>
        <source>Change the name others see</source>
        <translation>Changer le nom que les autres voient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name shows on your listings, your reviews and your booking requests. The new one replaces the old one everywhere, also on what you did before. You can change it three times a day.</source>
        <translation>Ce nom apparaît sur vos annonces, vos avis et vos demandes de réservation. Le nouveau remplace l’ancien partout, y compris sur ce que vous avez fait avant. Vous pouvez le changer trois fois par jour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name others see</source>
        <translation>&amp;Nom visible par les autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your first name and an initial are enough, for example Camille R.</source>
        <translation>Votre prénom et une initiale suffisent, par exemple Camille R.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange name</source>
        <translation>C&amp;hanger de nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the name others will see.</source>
        <translation>Saisissez le nom que les autres verront.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the name…</source>
        <translation>Changement du nom…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location line="-124"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your current password, then the new one twice. Other computers signed in to this account will have to sign in again with the new password.</source>
        <translation>Saisissez votre mot de passe actuel, puis le nouveau deux fois. Les autres ordinateurs connectés à ce compte devront se reconnecter avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 10 characters; a few unrelated words make a strong one.</source>
        <translation>Au moins 10 caractères ; quelques mots sans rapport entre eux font un mot de passe solide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>This is not the same as the new password; type it again.</source>
        <translation>Ce n’est pas le même que le nouveau mot de passe ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
</context>
<context>
    <name>ChangePhoneDialog</name>
    <message>
        <location line="+95"/>
        <source>Phone number for your renters</source>
        <translation>Numéro de téléphone pour vos locataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you accept a booking, its renter sees this number in your conversation, to call you at the handover. Nobody else sees it. Leave it empty to remove it. You can give a new number three times a day.</source>
        <translation>Une fois une réservation acceptée, son locataire voit ce numéro dans votre conversation, pour vous appeler lors de la remise du véhicule. Personne d’autre ne le voit. Laissez le champ vide pour le retirer. Vous pouvez donner un nouveau numéro trois fois par jour.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone number</source>
        <translation>Numéro de &amp;téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the country code, for example +33 6 12 34 56 78.</source>
        <translation>Avec l’indicatif du pays, par exemple +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save number</source>
        <translation>&amp;Enregistrer le numéro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the phone number…</source>
        <translation>Enregistrement du numéro de téléphone…</translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/contribution_form.py" line="+37"/>
        <source>What you add may be shared with OpenStreetMap under the Open Database &amp;Licence (ODbL): anyone may reuse these facts if they say where they come from.</source>
        <translation>Ce que vous ajoutez peut être partagé avec OpenStreetMap sous la &amp;licence Open Database (ODbL) : chacun peut réutiliser ces informations en citant leur source.</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/moderation/models.py" line="+41"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{fact}: {value}</source>
        <translation>{fact} : {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change} (note: {note})</source>
        <translation>{change} (note : {note})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/correction_dialog.py" line="+28"/>
        <source>Propose a correction to {name}</source>
        <translation>Proposer une correction pour {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the fact that is wrong and give its right value. A moderator may check it before it changes for everyone.</source>
        <translation>Choisissez l’information erronée et donnez sa bonne valeur. Un modérateur peut la vérifier avant qu’elle change pour tout le monde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{fact} (now: {value})</source>
        <translation>{fact} (actuellement : {value})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Which fact</source>
        <translation>&amp;Quelle information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New value: {fact}</source>
        <translation>&amp;Nouvelle valeur : {fact}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;ote for the moderator (optional)</source>
        <translation>N&amp;ote pour le modérateur (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know: measured it, a photo, the staff told you…</source>
        <translation>Comment vous le savez : mesuré, une photo, le personnel vous l’a dit…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send the correction</source>
        <translation>&amp;Envoyer la correction</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the right value.</source>
        <translation>Donnez la bonne valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue already has this value, so there is nothing to correct.</source>
        <translation>Le lieu a déjà cette valeur : il n’y a rien à corriger.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the note to {max} characters.</source>
        <translation>Limitez la note à {max} caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick this box to agree; without it the correction cannot be shared.</source>
        <translation>Cochez cette case pour donner votre accord ; sans lui, la correction ne peut pas être partagée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent: correct what is marked below.</source>
        <translation>Rien n’a été envoyé : corrigez ce qui est signalé ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/models.py" line="+151"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers say</source>
        <translation>Selon les avis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A moderator&apos;s decision, {date}</source>
        <translation>Décision d’un modérateur, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a member</source>
        <translation>un membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, a member, {date}; approved by a moderator {approved}</source>
        <translation>{name}, membre, {date} ; approuvé par un modérateur le {approved}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, a member, {date}</source>
        <translation>{name}, membre, {date}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{source}, {date}</source>
        <translation>{source}, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 answer</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} answers</source>
        <translation>{n} réponses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answers yet</source>
        <translation>Aucune réponse pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n member(s) said: {grade}</source>
        <translation>
            <numerusform>%n membre a dit : {grade}</numerusform>
            <numerusform>%n membres ont dit : {grade}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of {answers} members said: {grade}</source>
        <translation>
            <numerusform>%n membre sur {answers} a dit : {grade}</numerusform>
            <numerusform>%n membres sur {answers} ont dit : {grade}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} ({answers})</source>
        <translation>{value} ({answers})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{avg} on average, {low} to {high} ({answers})</source>
        <translation>{avg} en moyenne, de {low} à {high} ({answers})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{yes} yes, {no} no</source>
        <translation>{yes} oui, {no} non</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{criterion}: recorded {recorded} ({source}); reviewers say {agg}</source>
        <translation>{criterion} : enregistré {recorded} ({source}) ; selon les avis {agg}</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/bookings/damage_dialog.py" line="+47"/>
        <source>Report damage: {vehicle}</source>
        <translation>Signaler des dégâts : {vehicle}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe the damage and tick the photos of the handover reports that show it, before and after. Only the two of you see this report.</source>
        <translation>Décrivez les dégâts et cochez les photos des états des lieux qui les montrent, avant et après. Vous seuls, tous les deux, voyez ce signalement.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>P&amp;ictures of the handover reports</source>
        <translation>&amp;Images des états des lieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows the selected picture large</source>
        <translation>Entrée affiche l’image choisie en grand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{report}, {position}: {description}</source>
        <translation>{report}, {position} : {description}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Photos that show it</source>
        <translation>&amp;Photos qui les montrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space ticks or unticks the selected photo</source>
        <translation>Espace coche ou décoche la photo choisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What is damaged</source>
        <translation>&amp;Ce qui est endommagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the &amp;damage report</source>
        <translation>Envoyer le &amp;signalement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Describe the damage.</source>
        <translation>Décrivez les dégâts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description is {n} characters long; keep it to {max}.</source>
        <translation>La description fait {n} caractères ; limitez-la à {max}.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/date_range.py" line="+108"/>
        <source>There is no month {month}: months go from 1 to 12.</source>
        <translation>Il n’y a pas de mois {month} : les mois vont de 1 à 12.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no {day} {month}.</source>
        <translation>Le {day} {month} n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no {day} {month} {year}.</source>
        <translation>Le {day} {month} {year} n’existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no day {day} in a month. Type a date such as {example}.</source>
        <translation>Aucun mois n’a de jour {day}. Tapez une date comme {example}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a date. Type it as {example} or {iso}.</source>
        <translation>« {text} » n’est pas une date. Tapez-la sous la forme {example} ou {iso}.</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>{field}: time</source>
        <translation>{field} : heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: calendar</source>
        <translation>{field} : calendrier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the day in a calendar (Alt+Down)</source>
        <translation>Choisir le jour dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a date such as {example}, or press Alt+Down for a calendar.</source>
        <translation>Tapez une date comme {example}, ou appuyez sur Alt+Bas pour un calendrier.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The end must be after the start.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{date} has passed. Choose today or a later day.</source>
        <translation>Le {date} est passé. Choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{time} today has passed. Choose a later time.</source>
        <translation>Il est déjà plus de {time} aujourd’hui. Choisissez une heure plus tardive.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{date} is too far ahead. Choose a day until {last}.</source>
        <translation>Le {date} est trop loin. Choisissez un jour jusqu’au {last}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/moderation/decision_dialog.py" line="+23"/>
        <source>Approve and publish</source>
        <translation>Approuver et publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the reported content</source>
        <translation>Masquer le contenu signalé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the hidden content</source>
        <translation>Rétablir le contenu masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the report</source>
        <translation>Classer le signalement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is published in the public feed at once, with the member&apos;s name. This cannot be undone here; an approved contribution can only be reverted.</source>
        <translation>Elle est publiée aussitôt dans le flux public, avec le nom du membre. Cela ne peut pas être annulé ici ; une contribution approuvée peut seulement être défaite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member reads your reason. This cannot be undone: to change it, the member has to send it again.</source>
        <translation>Le membre lira votre raison. Cela ne peut pas être annulé : pour changer d’avis, le membre doit l’envoyer à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue leaves the public feed, or the fact gets its earlier value back. This cannot be undone.</source>
        <translation>Le lieu quitte le flux public, ou l’information reprend sa valeur précédente. Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It leaves the public feed like a deletion. You can restore it later.</source>
        <translation>Il quitte le flux public comme une suppression. Vous pourrez le rétablir plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is shown in the public feed again.</source>
        <translation>Il est de nouveau montré dans le flux public.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is closed and nothing is hidden. This cannot be undone.</source>
        <translation>Le signalement est clos et rien n’est masqué. Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;estore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss report</source>
        <translation>&amp;Classer le signalement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You decide on: {what}</source>
        <translation>Vous décidez de : {what}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Why (the member reads it)</source>
        <translation>&amp;Pourquoi (le membre le lira)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why (optional)</source>
        <translation>&amp;Pourquoi (facultatif)</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/rights.py" line="+30"/>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting your account cannot be undone. On the feed:
• your name, email address and password are erased;
• your bookings still ahead are cancelled, with refunds as the cancellation policy says (in full for your renters);
• your vehicles are unlisted and lose their street address;
• your reviews stay, signed “Former member”, because they help the next wheelchair user;
• the handover and damage reports of your rentals stay for the other party: they are their record of the vehicle&apos;s condition too.
On this computer you are signed out and your bookings are removed. Export your data first if you want a copy.</source>
        <translation>La suppression de votre compte est définitive. Sur le flux :
• votre nom, votre adresse e-mail et votre mot de passe sont effacés ;
• vos réservations à venir sont annulées, avec les remboursements que prévoit la politique d’annulation (intégralement pour vos locataires) ;
• vos véhicules sont retirés de la location et perdent leur adresse ;
• vos avis restent, signés « Ancien membre », car ils aident la prochaine personne en fauteuil roulant ;
• les états des lieux et signalements de dégâts de vos locations restent pour l’autre partie : c’est aussi son relevé de l’état du véhicule.
Sur cet ordinateur, vous êtes déconnecté·e et vos réservations sont retirées. Exportez d’abord vos données si vous en voulez une copie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your &amp;password, to confirm</source>
        <translation>Votre &amp;mot de passe, pour confirmer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete my account</source>
        <translation>&amp;Supprimer mon compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep my account</source>
        <translation>&amp;Garder mon compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your password to confirm.</source>
        <translation>Saisissez votre mot de passe pour confirmer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting the account…</source>
        <translation>Suppression du compte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>DemoNotice</name>
    <message>
        <location filename="../../src/wheelshare/ui/demo_notice.py" line="+49"/>
        <source>Demo data notice</source>
        <translation>Avis sur les données de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data: bookings made here are not real.</source>
        <translation>Démonstration : réservations fictives.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicles, venues and people shown are examples that live on this computer. Try the owner&apos;s side, or use a real wheelshare service.</source>
        <translation>Les véhicules, lieux et personnes affichés sont des exemples installés sur cet ordinateur. Essayez le côté propriétaire, ou utilisez un vrai service wheelshare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mo&amp;re…</source>
        <translation>&amp;Voir plus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hides this notice for good; the status bar still says “Demo data”.</source>
        <translation>Masque cet avis pour de bon ; la barre d’état indique toujours « Données de démonstration ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;real wheelshare service…</source>
        <translation>Utiliser un &amp;vrai service wheelshare…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back to the demo renter</source>
        <translation>Revenir au locataire de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try as the demo owner</source>
        <translation>Essayer en tant que propriétaire de démonstration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs in again as the demo renter, who books vehicles.</source>
        <translation>Se reconnecte en tant que locataire de démonstration, qui réserve des véhicules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in as the demo owner, who lists vehicles and has requests to answer under “My vehicles”.</source>
        <translation>Se connecte en tant que propriétaire de démonstration, qui propose des véhicules et a des demandes à traiter dans « Mes véhicules ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not switched</source>
        <translation>Changement impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not switch: {problem}</source>
        <translation>La démonstration n’a pas pu changer de personne : {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not switched yet</source>
        <translation>Pas encore changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of your actions are still waiting to be sent. Sync first (F5), then switch: otherwise they would be sent as the other person.</source>
        <translation>Certaines de vos actions attendent encore d’être envoyées. Synchronisez d’abord (F5), puis changez : sinon elles seraient envoyées au nom de l’autre personne.</translation>
    </message>
</context>
<context>
    <name>FactEditors</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/fact_editors.py" line="+43"/>
        <source>{low} to {high}; leave empty if you don&apos;t know.</source>
        <translation>de {low} à {high} ; laissez vide si vous ne savez pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>steps</source>
        <translation>marches</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/demo_notice.py" line="+13"/>
        <source>Use a real feed</source>
        <translation>Utiliser un vrai flux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the address of the wheelshare feed you use (your organisation or community gives it to you). Your demo bookings stay with the demo feed.</source>
        <translation>Saisissez l’adresse du flux wheelshare que vous utilisez (votre organisation ou communauté vous la donne). Vos réservations de démonstration restent sur le flux de démonstration.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Feed &amp;address</source>
        <translation>&amp;Adresse du flux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the feed&apos;s address.</source>
        <translation>Saisissez l’adresse du flux.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/fields.py" line="+134"/>
        <source>Enter a price (0 is allowed).</source>
        <translation>Saisissez un prix (0 est accepté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a price such as 65 or 65.50.</source>
        <translation>Saisissez un prix comme 65 ou 65,50.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Enter a whole number of {unit}, or leave it empty.</source>
        <translation>Saisissez un nombre entier de {unit}, ou laissez vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} {unit} is not physically sensible; enter {low} to {high} {unit}.</source>
        <translation>{value} {unit} n’est pas physiquement plausible ; saisissez de {low} à {high} {unit}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a number from {low} to {high} {unit}.</source>
        <translation>Saisissez un nombre de {low} à {high} {unit}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This price is unrealistically high; the most is {amount}.</source>
        <translation>Ce prix est irréaliste ; le maximum est {amount}.</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/page.py" line="+208"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles found</source>
        <translation>Véhicules trouvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Vehicles appear here once the data is ready.</source>
        <translation>Les véhicules apparaissent ici dès que les données sont prêtes.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Sign in under “Account &amp; settings” to book.</source>
        <translation>Connectez-vous dans « Compte et réglages » pour réserver.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+47"/>
        <source>Waiting for the data to be ready…</source>
        <translation>En attente des données…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Choose a place to sort by distance.</source>
        <translation>Choisissez un lieu pour trier par distance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing yet: the first sync is still fetching the vehicles. The results appear when it ends.</source>
        <translation>Rien pour l’instant : la première synchronisation récupère encore les véhicules. Les résultats apparaîtront à la fin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No vehicle matches. Try a larger radius or fewer requirements.</source>
        <translation>Aucun véhicule ne correspond. Essayez un rayon plus grand ou moins d’exigences.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n vehicle(s) found near {place}</source>
        <translation>
            <numerusform>%n véhicule trouvé près de {place}</numerusform>
            <numerusform>%n véhicules trouvés près de {place}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n vehicle(s) found</source>
        <translation>
            <numerusform>%n véhicule trouvé</numerusform>
            <numerusform>%n véhicules trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The search did not work: {problem}. Try again, or sync if the data seems old.</source>
        <translation>La recherche n’a pas abouti : {problem}. Réessayez, ou synchronisez si les données semblent anciennes.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the map&apos;s area</source>
        <translation>la zone de la carte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This vehicle could not be shown: {problem}</source>
        <translation>Ce véhicule n’a pas pu être affiché : {problem}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not sent: {problem}</source>
        <translation>Non envoyé : {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking not sent</source>
        <translation>Réservation non envoyée</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/form.py" line="+96"/>
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../src/wheelshare/ui/formatting.py" line="+105"/>
        <source>{n} ft</source>
        <translation>{n} pi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} yd</source>
        <translation>{n} yd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mi</source>
        <translation>{n} mi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{lat}° north</source>
        <translation>{lat}° nord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lat}° south</source>
        <translation>{lat}° sud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lon}° east</source>
        <translation>{lon}° est</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lon}° west</source>
        <translation>{lon}° ouest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lat}, {lon}</source>
        <translation>{lat}, {lon}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No ratings yet</source>
        <translation>Pas encore de note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> mi</source>
        <translation> mi</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../src/wheelshare/ui/bookings/handover_actions.py" line="+106"/>
        <source>Which handover report</source>
        <translation>Quel état des lieux</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+59"/>
        <source>&amp;Record the handover…</source>
        <translation>&amp;Rédiger l’état des lieux…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>View the &amp;handover report…</source>
        <translation>&amp;Voir l’état des lieux…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report dama&amp;ge…</source>
        <translation>Signaler des &amp;dégâts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover reports</source>
        <translation>États des lieux</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Record the handover: {report}…</source>
        <translation>&amp;Rédiger l’état des lieux : {report}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not recorded yet</source>
        <translation>pas encore fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed by both</source>
        <translation>confirmé par les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed by one of you, waiting for the other</source>
        <translation>confirmé par l’un de vous, en attente de l’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft, not confirmed yet</source>
        <translation>brouillon, pas encore confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{report}: {state}</source>
        <translation>{report} : {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage reported: {text}</source>
        <translation>Dégâts signalés : {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <location line="+8"/>
        <source>Choose one booking in the list first.</source>
        <translation>Choisissez d’abord une réservation dans la liste.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Only a confirmed booking has handover reports.</source>
        <translation>Seule une réservation confirmée a des états des lieux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+8"/>
        <source>Reading this booking&apos;s reports…</source>
        <translation>Lecture des états des lieux de cette réservation…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The handover can be recorded from {when}.</source>
        <translation>L’état des lieux peut être fait à partir du {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start report is confirmed by both; the end report can be recorded from {when}.</source>
        <translation>L’état des lieux de départ est confirmé par les deux ; celui de retour peut être fait à partir du {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end report could be recorded until {when}.</source>
        <translation>L’état des lieux de retour pouvait être fait jusqu’au {when}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No handover report has been recorded for this booking yet.</source>
        <translation>Aucun état des lieux n’a encore été rédigé pour cette réservation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A damage report was already sent for this booking.</source>
        <translation>Des dégâts ont déjà été signalés pour cette réservation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage can be reported once the rental has ended, until {when}.</source>
        <translation>Les dégâts peuvent être signalés une fois la location terminée, jusqu’au {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damage could be reported until {when}.</source>
        <translation>Les dégâts pouvaient être signalés jusqu’au {when}.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/bookings/handover_dialog.py" line="+56"/>
        <source>Start-of-rental report</source>
        <translation>État des lieux de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-rental report</source>
        <translation>État des lieux de retour</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Nobody has confirmed it yet.</source>
        <translation>Personne ne l’a encore confirmé.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Confirmed by both of you: it can no longer change.</source>
        <translation>Confirmé par vous deux : il ne peut plus changer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The owner has confirmed it; you have not yet.</source>
        <translation>Le propriétaire l’a confirmé ; vous pas encore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have confirmed it; the owner has not yet.</source>
        <translation>Vous l’avez confirmé ; le propriétaire pas encore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The renter has confirmed it; you have not yet.</source>
        <translation>Le locataire l’a confirmé ; vous pas encore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have confirmed it; the renter has not yet.</source>
        <translation>Vous l’avez confirmé ; le locataire pas encore.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>{report}: {vehicle}</source>
        <translation>{report} : {vehicle}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Walk round the vehicle together. Take a photo from the front, the back and each side, and one of the ramp or lift, and describe each one. Both of you confirm the report; any change asks both to confirm again.</source>
        <translation>Faites le tour du véhicule ensemble. Prenez une photo de l’avant, de l’arrière et de chaque côté, et une de la rampe ou du hayon élévateur, et décrivez chacune. Vous confirmez tous les deux l’état des lieux ; toute modification demande aux deux de confirmer à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required photos</source>
        <translation>Photos requises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required photos, ticked when there is one</source>
        <translation>Photos requises, cochées quand il y en a une</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Photos already in the report</source>
        <translation>Photos déjà dans l’état des lieux</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Photos already in the re&amp;port</source>
        <translation>&amp;Photos déjà dans l’état des lieux</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The renter confirmed it on {when}.</source>
        <translation>Le locataire l’a confirmé le {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner confirmed it on {when}.</source>
        <translation>Le propriétaire l’a confirmé le {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The renter confirmed it.</source>
        <translation>Le locataire l’a confirmé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner confirmed it.</source>
        <translation>Le propriétaire l’a confirmé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The renter has not confirmed it.</source>
        <translation>Le locataire ne l’a pas confirmé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner has not confirmed it.</source>
        <translation>Le propriétaire ne l’a pas confirmé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It can no longer change.</source>
        <translation>Il ne peut plus changer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What was recorded, with the photos the two of you took.</source>
        <translation>Ce qui a été relevé, avec les photos que vous avez prises tous les deux.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove the se&amp;lected photo</source>
        <translation>Retirer &amp;la photo choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes it out of the report; both of you confirm the report again.</source>
        <translation>La retire de l’état des lieux ; vous le confirmez à nouveau tous les deux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New photos</source>
        <translation>Nouvelles photos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fuel or charge level (%)</source>
        <translation>&amp;Niveau de carburant ou de charge (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 for empty, 100 for full</source>
        <translation>0 pour vide, 100 pour plein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Odometer (km)</source>
        <translation>Compteur &amp;kilométrique (km)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No&amp;tes</source>
        <translation>Re&amp;marques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scratches, dents, anything missing (at most {n} characters)</source>
        <translation>Rayures, bosses, tout ce qui manque (au plus {n} caractères)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Confirm the report</source>
        <translation>&amp;Confirmer l’état des lieux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save without confirming</source>
        <translation>&amp;Enregistrer sans confirmer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{position}: {description}</source>
        <translation>{position} : {description}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ {position}: photo taken</source>
        <translation>✓ {position} : photo prise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ {position}: no photo</source>
        <translation>✗ {position} : pas de photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ {position}: no photo yet</source>
        <translation>✗ {position} : pas encore de photo</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <source>Nothing was saved: correct the fields marked below.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The notes are {n} characters long; keep them to {max}.</source>
        <translation>Les remarques font {n} caractères ; limitez-les à {max}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: a photo needs a description; see the photos.</source>
        <translation>Rien n’a été enregistré : une photo a besoin d’une description ; voyez les photos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fuel or charge level</source>
        <translation>le niveau de carburant ou de charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the odometer</source>
        <translation>le compteur kilométrique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed: the report still needs {what}.</source>
        <translation>Non confirmé : il manque encore à l’état des lieux {what}.</translation>
    </message>
</context>
<context>
    <name>HomeLocationBox</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/home.py" line="+144"/>
        <source>No home place is saved.</source>
        <translation>Aucun domicile n’est enregistré.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Home location</source>
        <translation>Lieu de domicile</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>“Near me” on Find a vehicle and Venues searches around this place. It stays on this computer.</source>
        <translation>« Près de chez moi » dans Trouver un véhicule et Lieux cherche autour de ce lieu. Il reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A town or city, e.g. Lyon</source>
        <translation>Une ville, par exemple Lyon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as h&amp;ome</source>
        <translation>Enregistrer &amp;comme domicile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear home</source>
        <translation>&amp;Effacer le domicile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When on, “Near me” asks the system where this computer is, and uses the home location when it cannot say.</source>
        <translation>Activé, « Près de chez moi » demande au système où se trouve cet ordinateur, et utilise le domicile quand il ne peut pas le dire.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not saved: choose a place from the list as you type.</source>
        <translation>Non enregistré : choisissez un lieu dans la liste pendant la saisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: type a town or city first.</source>
        <translation>Non enregistré : saisissez d’abord une ville.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. “Near me” now searches around {place}.</source>
        <translation>Enregistré. « Près de chez moi » cherche maintenant autour de {place}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgotten: “Near me” is off until you save a home location.</source>
        <translation>Oublié : « Près de chez moi » est désactivé jusqu’à ce que vous enregistriez un domicile.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/inbox.py" line="+38"/>
        <location line="+37"/>
        <source>Requests waiting for your answer</source>
        <translation>Demandes en attente de votre réponse</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>&amp;Accept request</source>
        <translation>A&amp;ccepter la demande</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>De&amp;cline request</source>
        <translation>&amp;Refuser la demande</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>&amp;Message the renter</source>
        <translation>Écrire au &amp;locataire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No requests are waiting for your answer.</source>
        <translation>Aucune demande n’attend votre réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are waiting to be sent to the feed.</source>
        <translation>Vos réponses attendent d’être envoyées au flux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One request is waiting for your ans&amp;wer:</source>
        <translation>Une demande attend votre ré&amp;ponse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} requests are waiting for your ans&amp;wer:</source>
        <translation>{n} demandes attendent votre ré&amp;ponse :</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your answer to {who} is waiting to be sent.</source>
        <translation>Votre réponse à {who} attend d’être envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this renter</source>
        <translation>ce locataire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who}: {standing}.</source>
        <translation>{who} : {standing}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The renter</source>
        <translation>Le locataire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accepting confirms the rental and the renter pays {price}; declining frees the dates.</source>
        <translation>Accepter confirme la location et le locataire paie {price} ; refuser libère les dates.</translation>
    </message>
</context>
<context>
    <name>InboxBadge</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/badge.py" line="+21"/>
        <source>no requests waiting</source>
        <translation>aucune demande en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 request waiting</source>
        <translation>1 demande en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} requests waiting</source>
        <translation>{n} demandes en attente</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../src/wheelshare/ui/help.py" line="+64"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>In every screen and dialog</source>
        <translation>Dans chaque écran et dialogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next field or button</source>
        <translation>Aller au champ ou bouton suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift+Tab</source>
        <translation>Maj+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the previous field or button</source>
        <translation>Revenir au champ ou bouton précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press that button or go to that field</source>
        <translation>Presser ce bouton ou aller à ce champ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button, tick or untick a box</source>
        <translation>Presser le bouton actif, cocher ou décocher une case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the highlighted button of a dialog</source>
        <translation>Presser le bouton mis en avant d’un dialogue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog without changing anything</source>
        <translation>Fermer un dialogue sans rien changer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move in lists and tables; change a date or number</source>
        <translation>Se déplacer dans les listes et tableaux ; changer une date ou un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page Up, Page Down</source>
        <translation>Page préc., Page suiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a page at a time in lists</source>
        <translation>Avancer d’une page à la fois dans les listes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a drop-down list or a calendar</source>
        <translation>Ouvrir une liste déroulante ou un calendrier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This screen</source>
        <translation>Cet écran</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Everything in wheelshare works from the keyboard. Letters underlined in a screen work with Alt held down. This list is made from the screens themselves, so it is always complete.</source>
        <translation>Tout wheelshare fonctionne au clavier. Les lettres soulignées d’un écran fonctionnent avec la touche Alt enfoncée. Cette liste est faite à partir des écrans eux-mêmes : elle est donc toujours complète.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they do</source>
        <translation>Ce qu’elles font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Go to “{field}”</source>
        <translation>Aller à « {field} »</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/wheelshare/ui/main_window.py" line="+51"/>
        <location line="+111"/>
        <source>wheelshare</source>
        <translation>wheelshare</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+161"/>
        <source>{screen} — wheelshare</source>
        <translation>{screen} — wheelshare</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetch the latest data and send waiting actions</source>
        <translation>Récupérer les dernières données et envoyer les actions en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close wheelshare</source>
        <translation>Fermer wheelshare</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Notifications (%n new)</source>
        <translation>
            <numerusform>Notifications (%n nouvelle)</numerusform>
            <numerusform>Notifications (%n nouvelles)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Recent notifications: %n new</source>
        <translation>
            <numerusform>Notifications récentes : %n nouvelle</numerusform>
            <numerusform>Notifications récentes : %n nouvelles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List recent notifications (Ctrl+Shift+N)</source>
        <translation>Lister les notifications récentes (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Go to {screen}</source>
        <translation>Aller à {screen}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Choose a screen; Ctrl+1 to Ctrl+{n} also work</source>
        <translation>Choisissez un écran ; Ctrl+1 à Ctrl+{n} fonctionnent aussi</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent &amp;notifications</source>
        <translation>&amp;Notifications récentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the notifications of recent changes</source>
        <translation>Lister les notifications des changements récents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About wheelshare</source>
        <translation>&amp;À propos de wheelshare</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/map_view.py" line="+294"/>
        <source>Map of the results</source>
        <translation>Carte des résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys move the map, plus and minus zoom, Tab goes to the next result on the map and Enter chooses it in the list.</source>
        <translation>Les flèches déplacent la carte, plus et moins zooment, Tab passe au résultat suivant sur la carte et Entrée le choisit dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the &amp;visible area</source>
        <translation>Chercher dans la zone visi&amp;ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search this area</source>
        <translation>Chercher dans cette zone</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Map tiles are turned off: places are named on a plain background.</source>
        <translation>Les fonds de carte sont désactivés : les lieux sont nommés sur un fond uni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No map tiles (offline?): places are named on a plain background.</source>
        <translation>Pas de fond de carte (hors ligne ?) : les lieux sont nommés sur un fond uni.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name}, {n} of {total} on the map</source>
        <translation>{name}, {n} sur {total} sur la carte</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/wheelshare/ui/message_bar.py" line="+55"/>
        <source>&amp;Details</source>
        <translation>En savoir davanta&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer details</source>
        <translation>Moins de détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/wheelshare/ui/messages/models.py" line="+25"/>
        <source>a renter</source>
        <translation>un locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vehicle&apos;s owner</source>
        <translation>le propriétaire du véhicule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no unread messages</source>
        <translation>aucun message non lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unread message</source>
        <translation>1 message non lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unread messages</source>
        <translation>{n} messages non lus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{vehicle}, {dates}</source>
        <translation>{vehicle}, {dates}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No messages yet</source>
        <translation>Pas encore de message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}, {booking}, {unread}: {last}</source>
        <translation>{who}, {booking}, {unread} : {last}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former member</source>
        <translation>Ancien membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other party</source>
        <translation>l’autre partie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{report} confirmed by both</source>
        <translation>{report} confirmé par les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{report} confirmed by the renter, waiting for the owner</source>
        <translation>{report} confirmé par le locataire, en attente du propriétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{report} confirmed by the owner, waiting for the renter</source>
        <translation>{report} confirmé par le propriétaire, en attente du locataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{report} recorded, not confirmed yet</source>
        <translation>{report} fait, pas encore confirmé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handover</source>
        <translation>État des lieux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Damage reported: {text}</source>
        <translation>Dégâts signalés : {text}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{author}, {time}, {text}</source>
        <translation>{author}, {time}, {text}</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/messages/page.py" line="+203"/>
        <source>Messages</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking</source>
        <translation>La réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Show in My &amp;bookings</source>
        <translation>V&amp;oir dans Mes réservations</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>&amp;Thread</source>
        <translation>Fil de &amp;discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages of this conversation</source>
        <translation>Messages de cette conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest first; move message by message with the arrow keys</source>
        <translation>Du plus ancien au plus récent ; passez d’un message à l’autre avec les flèches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw unsent message</source>
        <translation>&amp;Retirer le message non envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;message</source>
        <translation>Votre &amp;message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to {n} characters; Ctrl+Enter sends</source>
        <translation>Jusqu’à {n} caractères ; Ctrl+Entrée envoie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Choose a conversation in the list first.</source>
        <translation>Choisissez d’abord une conversation dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of your messages still waiting to be sent first.</source>
        <translation>Choisissez d’abord un de vos messages encore en attente d’envoi.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Why the message was not sent</source>
        <translation>Pourquoi le message n’a pas été envoyé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your messages appear here once the data is ready.</source>
        <translation>Vos messages s’affichent ici dès que les données sont prêtes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your messages could not be read: {problem}</source>
        <translation>Vos messages n’ont pas pu être lus : {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in under “Account &amp; settings” to see your messages.</source>
        <translation>Connectez-vous dans « Compte et réglages » pour voir vos messages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversations yet: each booking has one, with its owner or renter.</source>
        <translation>Pas encore de conversation : chaque réservation en a une, avec son propriétaire ou son locataire.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conversation(s); {unread}.</source>
        <translation>
            <numerusform>%n conversation ; {unread}.</numerusform>
            <numerusform>%n conversations ; {unread}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>not sent: {problem}</source>
        <translation>non envoyé : {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a conversation.</source>
        <translation>Choisissez une conversation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show in My &amp;vehicles</source>
        <translation>V&amp;oir dans Mes véhicules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With {who}</source>
        <translation>Avec {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick-up: {place}</source>
        <translation>Prise en charge : {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner&apos;s phone: {phone}</source>
        <translation>Téléphone du propriétaire : {phone}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New message from {author}: {text}</source>
        <translation>Nouveau message de {author} : {text}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{n} of {max} characters</source>
        <translation>{n} sur {max} caractères</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Message queued; it is sent as soon as the feed can be reached.</source>
        <translation>Message mis en file ; il part dès que le flux est joignable.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message withdrawn; it was never sent.</source>
        <translation>Message retiré ; il n’a jamais été envoyé.</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/moderation/page.py" line="+102"/>
        <source>Choose a contribution in the list first.</source>
        <translation>Choisissez d’abord une contribution dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a report that waits for a decision first.</source>
        <translation>Choisissez d’abord un signalement qui attend une décision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a report whose content is hidden first.</source>
        <translation>Choisissez d’abord un signalement dont le contenu est masqué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venues and corrections from new members wait here until a moderator decides; reported content waits for a decision too. Every decision is recorded with your name, the time and your reason.</source>
        <translation>Les lieux et corrections des nouveaux membres attendent ici la décision d’un modérateur ; les contenus signalés aussi. Chaque décision est enregistrée avec votre nom, l’heure et votre raison.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh the &amp;queue</source>
        <translation>&amp;Relire la file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contributions waiting</source>
        <translation>&amp;Contributions en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions waiting</source>
        <translation>Contributions en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ports</source>
        <translation>Signale&amp;ments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>Appr&amp;ouver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;ide…</source>
        <translation>Masq&amp;uer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;estore…</source>
        <translation>Ré&amp;tablir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;miss…</source>
        <translation>Classer &amp;sans suite…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the queue from the feed…</source>
        <translation>Lecture de la file depuis le flux…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for a decision: contributions {n}, reports {m}.</source>
        <translation>En attente d’une décision : contributions {n}, signalements {m}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits for a decision.</source>
        <translation>Rien n’attend de décision.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sending your decision…</source>
        <translation>Envoi de votre décision…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your decision was recorded.</source>
        <translation>Votre décision est enregistrée.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/editors.py" line="+43"/>
        <source>No maximum</source>
        <translation>Sans maximum</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/month_calendar.py" line="-216"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the past</source>
        <translation>passé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location line="+284"/>
        <source>Calendar, {month}</source>
        <translation>Calendrier, {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days struck through are booked.</source>
        <translation>Les jours barrés sont réservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{month}: nothing to show.</source>
        <translation>{month} : rien à afficher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{month}: every day free from {day}.</source>
        <translation>{month} : tous les jours libres à partir du {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month}: every day booked.</source>
        <translation>{month} : tous les jours réservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month}: free {free}; booked {booked}.</source>
        <translation>{month} : libres {free} ; réservés {booked}.</translation>
    </message>
</context>
<context>
    <name>MoreBookings</name>
    <message>
        <location filename="../../src/wheelshare/ui/bookings/more_bookings.py" line="+73"/>
        <source>To re&amp;view ({n})</source>
        <translation>À éval&amp;uer ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rentals of &amp;my vehicles ({n})</source>
        <translation>Locations de &amp;mes véhicules ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of yo&amp;u ({n})</source>
        <translation>Avis &amp;sur vous ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners&apos; reviews of you as a renter</source>
        <translation>Avis des propriétaires sur vous en tant que locataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No owner&apos;s review of you is shown yet. An owner&apos;s review shows once you have reviewed the vehicle too, or 14 days after the rental ended.</source>
        <translation>Aucun avis de propriétaire sur vous n&apos;est encore affiché. L&apos;avis d&apos;un propriétaire s&apos;affiche une fois que vous avez vous aussi donné votre avis sur le véhicule, ou 14 jours après la fin de la location.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} after renting you {vehicle}, {date}: {scores}.</source>
        <translation>{who} après vous avoir loué {vehicle}, le {date} : {scores}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An owner</source>
        <translation>Un propriétaire</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sending the cancellation…</source>
        <translation>Envoi de l’annulation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cancellation waits to be sent; {who} will be refunded in full.</source>
        <translation>L’annulation attend d’être envoyée ; {who} sera intégralement remboursé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renter</source>
        <translation>le locataire</translation>
    </message>
</context>
<context>
    <name>MyVehicles</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/page.py" line="-35"/>
        <source>The new listing</source>
        <translation>La nouvelle annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listing edit</source>
        <translation>La modification de l’annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlisting</source>
        <translation>Le retrait de l’annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The availability change</source>
        <translation>Le changement de disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepting a request</source>
        <translation>L’acceptation d’une demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declining a request</source>
        <translation>Le refus d’une demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cancellation</source>
        <translation>L’annulation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An action</source>
        <translation>Une action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} was refused by the feed. {reason}</source>
        <translation>{what} a été refusé(e) par le flux. {reason}</translation>
    </message>
</context>
<context>
    <name>MyVehiclesPage</name>
    <message>
        <location line="+154"/>
        <source>My vehicles</source>
        <translation>Mes véhicules</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your listings. New listings and changes are sent to the feed with the next sync.</source>
        <translation>Vos annonces. Les nouvelles annonces et les modifications sont envoyées au flux à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Your vehicles</source>
        <translation>Vos véhicules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List a vehicle…</source>
        <translation>&amp;Proposer un véhicule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availa&amp;bility…</source>
        <translation>Disponi&amp;bilité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nlist</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List aga&amp;in</source>
        <translation>Proposer à &amp;nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;miss these messages</source>
        <translation>Ign&amp;orer ces messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles ({n})</source>
        <translation>Vé&amp;hicules ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ren&amp;tals ({n})</source>
        <translation>Loca&amp;tions ({n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are trying the demo as its renter, who has no vehicle. To see the owner&apos;s side, choose “Try as the demo owner” under “Account &amp; settings” or under “More…” in the demo notice at the top.</source>
        <translation>Vous essayez la démonstration en tant que locataire, qui n’a pas de véhicule. Pour voir le côté propriétaire, choisissez « Essayer en tant que propriétaire de démonstration » dans « Compte et réglages » ou sous « Plus… » dans l’avis de démonstration en haut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re&amp;quests ({n})</source>
        <translation>&amp;Demandes ({n})</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+54"/>
        <source>Sign in under Account &amp; settings to list a vehicle and answer requests.</source>
        <translation>Connectez-vous dans Compte et réglages pour proposer un véhicule et répondre aux demandes.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Loading your data… Listing and answering requests open when it is ready.</source>
        <translation>Chargement de vos données… Publier un véhicule et répondre aux demandes seront possibles dès qu’elles seront prêtes.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You have no vehicle listed yet. Choose “List a vehicle…” below to list one; renters find it once it has been sent to the feed.</source>
        <translation>Vous n’avez encore proposé aucun véhicule. Choisissez « Proposer un véhicule… » ci-dessous pour en proposer un ; les locataires le trouvent dès qu’il a été envoyé au flux.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Choose one of your vehicles in the list first.</source>
        <translation>Choisissez d’abord un de vos véhicules dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change to this vehicle is waiting to be sent; try again once it is.</source>
        <translation>Une modification de ce véhicule attend d’être envoyée ; réessayez une fois qu’elle l’est.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vehicle is not listed.</source>
        <translation>Ce véhicule n’est pas proposé à la location.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This vehicle is already listed.</source>
        <translation>Ce véhicule est déjà proposé à la location.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{title}” is listed here and waits to be sent to the feed.</source>
        <translation>« {title} » est proposé ici et attend d’être envoyé au flux.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your changes to “{title}” wait to be sent to the feed.</source>
        <translation>Vos modifications de « {title} » attendent d’être envoyées au flux.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The availability of “{title}” waits to be sent to the feed.</source>
        <translation>La disponibilité de « {title} » attend d’être envoyée au flux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlist this vehicle?</source>
        <translation>Retirer ce véhicule ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlist “{title}”?</source>
        <translation>Retirer « {title} » ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renters will no longer find it. Confirmed rentals stay as they are; requests waiting for your answer can still be answered.</source>
        <translation>Les locataires ne le trouveront plus. Les locations confirmées restent inchangées ; vous pouvez encore répondre aux demandes en attente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlist</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it listed</source>
        <translation>&amp;Le garder en ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{title}” will be unlisted with the next sync.</source>
        <translation>« {title} » sera retiré à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{title}” will be listed again with the next sync.</source>
        <translation>« {title} » sera de nouveau proposé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept this request?</source>
        <translation>Accepter cette demande ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept {who}&apos;s request?</source>
        <translation>Accepter la demande de {who} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rental is confirmed and {who} pays {price}; other requests for these dates can then no longer be accepted.</source>
        <translation>La location est confirmée et {who} paie {price} ; les autres demandes pour ces dates ne pourront plus être acceptées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, acc&amp;ept</source>
        <translation>Oui, acc&amp;epter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline this request?</source>
        <translation>Refuser cette demande ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline {who}&apos;s request?</source>
        <translation>Refuser la demande de {who} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} is told, and the dates are free again.</source>
        <translation>{who} est prévenu(e), et les dates redeviennent libres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, dec&amp;line</source>
        <translation>Oui, ref&amp;user</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You accepted {who}&apos;s request; the answer waits to be sent.</source>
        <translation>Vous avez accepté la demande de {who} ; la réponse attend d’être envoyée.</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>the renter</source>
        <translation>le locataire</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>You declined {who}&apos;s request; the answer waits to be sent.</source>
        <translation>Vous avez refusé la demande de {who} ; la réponse attend d’être envoyée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cancellation waits to be sent; {who} will be refunded in full.</source>
        <translation>L’annulation attend d’être envoyée ; {who} sera intégralement remboursé.</translation>
    </message>
</context>
<context>
    <name>NearMeButton</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/home.py" line="-175"/>
        <source>Near &amp;me</source>
        <translation>Près de chez &amp;moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near me</source>
        <translation>Près de chez moi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search around where this computer is, as the system says.</source>
        <translation>Chercher autour de l’endroit où se trouve cet ordinateur, selon le système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No home location is saved yet. Set one in Account &amp; settings to use this.</source>
        <translation>Aucun domicile n’est encore enregistré. Indiquez-en un dans Compte et réglages pour utiliser ce bouton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search around your home location, {place}.</source>
        <translation>Chercher autour de votre domicile, {place}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>where you are</source>
        <translation>là où vous êtes</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <location filename="../../src/wheelshare/ui/notifications/center.py" line="+126"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n nouvelle notification</numerusform>
            <numerusform>%n nouvelles notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>wheelshare: %n unread notification(s)</source>
        <translation>
            <numerusform>wheelshare : %n notification non lue</numerusform>
            <numerusform>wheelshare : %n notifications non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../src/wheelshare/ui/notifications/words.py" line="+12"/>
        <source>the renter</source>
        <translation>le locataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>a vehicle</source>
        <translation>un véhicule</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>New request for {vehicle}</source>
        <translation>Nouvelle demande pour {vehicle}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request accepted: {vehicle}</source>
        <translation>Demande acceptée : {vehicle}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request declined: {vehicle}</source>
        <translation>Demande refusée : {vehicle}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request expired: {vehicle}</source>
        <translation>Demande expirée : {vehicle}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message from a former member</source>
        <translation>Message d’un ancien membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message from {author}</source>
        <translation>Message de {author}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a member</source>
        <translation>un membre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tomorrow: {vehicle}</source>
        <translation>Demain : {vehicle}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How was {renter}?</source>
        <translation>Comment s&apos;est passé la location avec {renter} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How was {vehicle}?</source>
        <translation>Comment était {vehicle} ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A renter</source>
        <translation>Un locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{renter} asks to rent it; answer before the request expires.</source>
        <translation>{renter} demande à le louer ; répondez avant que la demande expire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner accepted your request.</source>
        <translation>Le propriétaire a accepté votre demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner declined your request.</source>
        <translation>Le propriétaire a refusé votre demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner did not answer in time.</source>
        <translation>Le propriétaire n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your booking starts tomorrow.</source>
        <translation>Votre réservation commence demain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review {renter}, who rented {vehicle}, for the owners of their next rentals.</source>
        <translation>Donnez votre avis sur {renter}, qui a loué {vehicle}, pour les propriétaires de ses prochaines locations.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate the vehicle for the next renters.</source>
        <translation>Évaluez le véhicule pour les prochains locataires.</translation>
    </message>
</context>
<context>
    <name>OwnVehiclesModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/models.py" line="+29"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day price</source>
        <translation>Prix à la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instant</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On request</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>OwnerBookingsModel</name>
    <message>
        <location line="+74"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renter</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renter</source>
        <translation>un locataire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} — {action} waiting to be sent</source>
        <translation>{status} — {action} en attente d’envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status}, {refund} refunded</source>
        <translation>{status}, {refund} remboursés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acceptance</source>
        <translation>acceptation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>modification</translation>
    </message>
</context>
<context>
    <name>OwnerRentals</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/rentals.py" line="+32"/>
        <source>{who} gets a full refund of {price}, because the owner cancels; you will not be paid for this rental. The dates from {start} until {end} become bookable again.</source>
        <translation>{who} est intégralement remboursé de {price}, car c’est le propriétaire qui annule ; vous ne serez pas payé pour cette location. Les dates du {start} au {end} redeviennent réservables.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The renter</source>
        <translation>Le locataire</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+38"/>
        <source>Rentals of your vehicles.</source>
        <translation>Locations de vos véhicules.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Upcoming rentals</source>
        <translation>Locations à venir</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Past rentals</source>
        <translation>Locations passées</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Upcoming</source>
        <translation>&amp;À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;st</source>
        <translation>Pa&amp;ssées</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Ca&amp;ncel rental…</source>
        <translation>An&amp;nuler la location…</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Message the rent&amp;er</source>
        <translation>Écrire au locata&amp;ire</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Review the &amp;renter…</source>
        <translation>Donner un avis sur le &amp;locataire…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pa&amp;st ({n})</source>
        <translation>Pa&amp;ssées ({n})</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Upcoming ({n})</source>
        <translation>&amp;À venir ({n})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a past rental in the list first.</source>
        <translation>Choisissez d&apos;abord une location passée dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have reviewed {who} for this rental.</source>
        <translation>Vous avez déjà donné votre avis sur {who} pour cette location.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renter</source>
        <translation>le locataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can review the renter once the rental has ended, from {end}.</source>
        <translation>Vous pourrez donner votre avis sur le locataire une fois la location terminée, à partir du {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a rental that took place can be reviewed.</source>
        <translation>Seule une location qui a eu lieu peut recevoir un avis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of this rental closed {days} days after it ended.</source>
        <translation>Les avis sur cette location ont fermé {days} jours après sa fin.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancel this rental?</source>
        <translation>Annuler cette location ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the rental of {vehicle} by {who}?</source>
        <translation>Annuler la location de {vehicle} par {who} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a renter</source>
        <translation>un locataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the &amp;rental</source>
        <translation>Annuler la &amp;location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;La garder</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/wheelshare/ui/pages.py" line="+62"/>
        <source>Find a vehicle</source>
        <translation>Trouver un véhicule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search adapted vehicles to rent and book one</source>
        <translation>Chercher des véhicules adaptés à louer et en réserver un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and rate how accessible places are</source>
        <translation>Trouver des lieux et noter leur accessibilité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your booking requests and rentals</source>
        <translation>Vos demandes de réservation et vos locations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My vehicles</source>
        <translation>Mes véhicules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your vehicles and answer requests</source>
        <translation>Proposer vos véhicules et répondre aux demandes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trips</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a companion for a journey, or help a traveller going your way</source>
        <translation>Trouver un accompagnant pour un trajet, ou aider un voyageur qui va dans votre direction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk with the owner or renter of each booking</source>
        <translation>Échanger avec le propriétaire ou le locataire de chaque réservation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &amp; settings</source>
        <translation>Compte et réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in, feed address, your wheelchair, text size and theme</source>
        <translation>Connexion, adresse du flux, votre fauteuil, taille du texte et thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide on venues and corrections members sent, and on reported content</source>
        <translation>Décider des lieux et corrections envoyés par les membres, et des contenus signalés</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/photo_editor.py" line="+36"/>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilet</source>
        <translation>Toilettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Stationnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elevator</source>
        <translation>Ascenseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Front</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp or lift</source>
        <translation>Rampe ou hayon élévateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior</source>
        <translation>Intérieur</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+13"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Describe each photo: what it shows, for someone who cannot see it. The first photo is shown first.</source>
        <translation>Décrivez chaque photo : ce qu’elle montre, pour quelqu’un qui ne peut pas la voir. La première photo est montrée en premier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos, in the order they are shown</source>
        <translation>Photos, dans l’ordre où elles sont montrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe each photo: what it shows, for someone who cannot see it.</source>
        <translation>Décrivez chaque photo : ce qu’elle montre, pour quelqu’un qui ne peut pas la voir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desc&amp;ription of the selected photo</source>
        <translation>Te&amp;xte décrivant la photo choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;here it was taken</source>
        <translation>Où elle a été pr&amp;ise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hat the photo shows</source>
        <translation>Ce que la photo &amp;montre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse for a photo…</source>
        <translation>Ajouter une ph&amp;oto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move dow&amp;n</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve photo</source>
        <translation>Retirer cette ima&amp;ge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ This photo needs a description</source>
        <translation>⚠ Cette photo a besoin d’une description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{position}: {description}</source>
        <translation>{position} : {description}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Describe this photo: what it shows, for someone who cannot see it.</source>
        <translation>Décrivez cette photo : ce qu’elle montre, pour quelqu’un qui ne peut pas la voir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the description to {n} characters.</source>
        <translation>Raccourcissez la description à {n} caractères.</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/gallery.py" line="+107"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between photos; Enter shows the photo large.</source>
        <translation>Les flèches passent d’une photo à l’autre ; Entrée affiche la photo en grand.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>{description} (the picture could not be loaded)</source>
        <translation>{description} (l’image n’a pas pu être chargée)</translation>
    </message>
</context>
<context>
    <name>PhotoViewDialog</name>
    <message>
        <location line="+22"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Photo description</source>
        <translation>Description de la photo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The photo could not be loaded; its description is below.</source>
        <translation>La photo n’a pas pu être chargée ; sa description figure ci-dessous.</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/geocoding.py" line="+26"/>
        <source>Found in the offline place list.</source>
        <translation>Trouvé dans la liste de lieux hors ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found online, in OpenStreetMap (Nominatim).</source>
        <translation>Trouvé en ligne, dans OpenStreetMap (Nominatim).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found online earlier, in OpenStreetMap (saved answer).</source>
        <translation>Trouvé en ligne auparavant, dans OpenStreetMap (réponse enregistrée).</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/wheelshare/ui/plurals.py" line="+30"/>
        <source>{avg} out of 5 (%n rating(s))</source>
        <translation>
            <numerusform>{avg} sur 5 (%n note)</numerusform>
            <numerusform>{avg} sur 5 (%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action en attente d’envoi</numerusform>
            <numerusform>%n actions en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n half-day(s)</source>
        <translation>
            <numerusform>%n demi-journée</numerusform>
            <numerusform>%n demi-journées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rental(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n avis</numerusform>
            <numerusform>%n avis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n venue(s) in view</source>
        <translation>
            <numerusform>%n lieu visible</numerusform>
            <numerusform>%n lieux visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n vehicle(s) in view</source>
        <translation>
            <numerusform>%n véhicule visible</numerusform>
            <numerusform>%n véhicules visibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../src/wheelshare/ui/policy_words.py" line="+13"/>
        <source>Cancelling: full refund {hours} hours or more before the start; {percent} % after that; no refund once the rental has begun. A request the owner has not accepted can be withdrawn at no cost.</source>
        <translation>Annulation : remboursement complet {hours} heures ou plus avant le début ; {percent} % ensuite ; aucun remboursement une fois la location commencée. Une demande que le propriétaire n’a pas acceptée peut être retirée sans frais.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/wheelshare/ui/problems.py" line="+29"/>
        <source>The feed cannot be reached. Check the network connection (or the feed address under Account &amp; settings) and sync again; your changes wait until then.</source>
        <translation>Le flux est injoignable. Vérifiez la connexion réseau (ou l’adresse du flux dans Compte et réglages) puis synchronisez à nouveau ; vos modifications attendent jusque-là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the feed dropped in the middle of an answer; nothing from it was kept. Check the network connection and sync again.</source>
        <translation>La connexion au flux a été coupée au milieu d’une réponse ; rien n’en a été gardé. Vérifiez la connexion réseau puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed did not answer within {seconds} s; the connection may be slow. Sync again later.</source>
        <translation>Le flux n’a pas répondu en {seconds} s ; la connexion est peut-être lente. Synchronisez à nouveau plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The feed is busy and asked to slow down. Sync again in a few minutes.</source>
        <translation>Le flux est surchargé et demande de patienter. Synchronisez à nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed is temporarily unavailable. Sync again in a few minutes.</source>
        <translation>Le flux est momentanément indisponible. Synchronisez à nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed had an internal problem (code {status}). Sync again later; your changes wait until then.</source>
        <translation>Le flux a rencontré un problème interne (code {status}). Synchronisez à nouveau plus tard ; vos modifications attendent jusque-là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed sent an answer that could not be read; nothing was changed. Sync again; if this keeps happening, the feed may be faulty.</source>
        <translation>Le flux a envoyé une réponse illisible ; rien n’a été modifié. Synchronisez à nouveau ; si cela se répète, le flux est peut-être défaillant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to {feed_url} could not be verified, so nothing was sent. If this feed uses its own certificate authority, set it under Account &amp; settings.</source>
        <translation>La connexion sécurisée à {feed_url} n’a pas pu être vérifiée ; rien n’a été envoyé. Si ce flux utilise sa propre autorité de certification, indiquez-la dans Compte et réglages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{feed_url}” is not a feed address. Enter one like https://feed.example.org under Account &amp; settings.</source>
        <translation>« {feed_url} » n’est pas une adresse de flux. Saisissez-en une comme https://feed.example.org dans Compte et réglages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed at {feed_url} is not encrypted (http://): your password would cross the network in clear, so nothing was sent. Use its https:// address instead, e.g. {suggested_url}.</source>
        <translation>Le flux {feed_url} n’est pas chiffré (http://) : votre mot de passe circulerait en clair sur le réseau, donc rien n’a été envoyé. Utilisez plutôt son adresse https://, par exemple {suggested_url}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The feed sent you on to {location}, which is not its own address; nothing was sent there. If the feed has moved, enter its new address under Account &amp; settings.</source>
        <translation>Le flux vous a renvoyé vers {location}, qui n’est pas sa propre adresse ; rien n’y a été envoyé. Si le flux a déménagé, saisissez sa nouvelle adresse dans Compte et réglages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed sent you on to {location}, which is not a web address; nothing was sent there. The feed may be misconfigured.</source>
        <translation>Le flux vous a renvoyé vers {location}, qui n’est pas une adresse web ; rien n’y a été envoyé. Le flux est peut-être mal configuré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed sent a change on to {location}; it was not sent again there. If the feed has moved, enter its new address under Account &amp; settings.</source>
        <translation>Le flux a renvoyé une modification vers {location} ; elle n’y a pas été renvoyée. Si le flux a déménagé, saisissez sa nouvelle adresse dans Compte et réglages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed keeps sending you on elsewhere without answering; nothing was changed. The feed may be misconfigured.</source>
        <translation>Le flux vous renvoie sans cesse ailleurs sans répondre ; rien n’a été modifié. Le flux est peut-être mal configuré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync cancelled; everything received before is kept.</source>
        <translation>Synchronisation annulée ; tout ce qui a été reçu avant est conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring), so your sign-in is kept only until the app closes. Install and unlock one (such as GNOME Keyring or KWallet) to stay signed in.</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe : votre connexion n’est conservée que jusqu’à la fermeture de l’application. Installez et déverrouillez-en un (GNOME Keyring ou KWallet, par exemple) pour rester connecté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You need to sign in again to do this. Open Account &amp; settings and sign in; your changes wait until then.</source>
        <translation>Vous devez vous reconnecter pour faire ceci. Ouvrez Compte et réglages et connectez-vous ; vos modifications attendent jusque-là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This was done while someone else was signed in on this computer, so it is not sent with your sign-in. It goes when they sign in again; or withdraw it.</source>
        <translation>Ceci a été fait pendant que quelqu’un d’autre était connecté sur cet ordinateur : ce n’est donc pas envoyé avec votre connexion. Ce sera envoyé quand cette personne se reconnectera ; vous pouvez aussi le retirer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email address or the password is wrong. Check both and try again.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account with this email address exists already. Sign in with it, or use another address.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail. Connectez-vous avec, ou utilisez une autre adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This password is too easy to guess. A few unrelated words together make a strong one that is easy to remember.</source>
        <translation>Ce mot de passe est trop facile à deviner. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This password is too short. Use at least 10 characters.</source>
        <translation>Ce mot de passe est trop court. Utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password is too long. Use at most 1,024 characters.</source>
        <translation>Ce mot de passe est trop long. Utilisez au plus 1 024 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This rental is longer than bookings may last. Choose a shorter period.</source>
        <translation>Cette location dépasse la durée qu’une réservation peut avoir. Choisissez une période plus courte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rental lasts at least half a day (6 hours). Choose a later end.</source>
        <translation>Une location dure au moins une demi-journée (6 heures). Choisissez une fin plus tardive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These dates are further ahead than bookings open. Choose dates closer to today.</source>
        <translation>Les réservations ne sont pas encore ouvertes pour ces dates. Choisissez des dates plus proches.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have many requests waiting for an answer. Wait for one, or withdraw one, before asking again.</source>
        <translation>Vous avez beaucoup de demandes en attente de réponse. Attendez une réponse, ou retirez une demande, avant d’en faire une autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You already have several bookings ahead for this vehicle. Leave it to others until one of them is over.</source>
        <translation>Vous avez déjà plusieurs réservations à venir pour ce véhicule. Laissez-le à d’autres jusqu’à la fin de l’une d’elles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those dates are taken by another booking. Choose other dates and ask again.</source>
        <translation>Ces dates sont prises par une autre réservation. Choisissez d’autres dates et refaites la demande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The booking was answered, cancelled or withdrawn meanwhile. Sync to see where it stands.</source>
        <translation>La réservation a reçu une réponse, a été annulée ou retirée entre-temps. Synchronisez pour voir où elle en est.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request expired before it was answered. Ask again, with dates still ahead.</source>
        <translation>La demande a expiré avant d’avoir reçu une réponse. Refaites-la, avec des dates encore à venir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vehicle is no longer listed. Choose another one; its owner can list it again.</source>
        <translation>Le véhicule n’est plus proposé. Choisissez-en un autre ; son propriétaire peut le remettre en ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the vehicle&apos;s owner can do this. Check which account is signed in.</source>
        <translation>Seul le propriétaire du véhicule peut faire ceci. Vérifiez le compte connecté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the renter or the owner of this booking can do this. Check which account is signed in.</source>
        <translation>Seuls le locataire et le propriétaire de cette réservation peuvent faire ceci. Vérifiez le compte connecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot book or review your own vehicle.</source>
        <translation>Vous ne pouvez ni réserver ni évaluer votre propre véhicule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can review a vehicle once a rental of it is over.</source>
        <translation>Vous pourrez évaluer un véhicule une fois sa location terminée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the person who wrote a review can remove it.</source>
        <translation>Seule la personne qui a écrit un avis peut le retirer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your own trip: you cannot offer to help yourself.</source>
        <translation>C’est votre propre trajet : vous ne pouvez pas vous proposer de l’aide à vous-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This trip already has a confirmed companion. Cancel that companionship first to accept someone else.</source>
        <translation>Ce trajet a déjà un accompagnant confirmé. Annulez d’abord cet accompagnement pour accepter quelqu’un d’autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can rate a companionship once the trip has taken place.</source>
        <translation>Vous pourrez évaluer un accompagnement une fois le trajet effectué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have already rated this companionship; a rating cannot be changed.</source>
        <translation>Vous avez déjà évalué cet accompagnement ; une évaluation ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover and damage reports are for confirmed bookings only; this one is not confirmed.</source>
        <translation>Les états des lieux et les signalements de dégâts concernent seulement les réservations confirmées ; celle-ci ne l’est pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This report cannot be recorded now: a start report opens a day before the rental, an end report half a day before its end, and damage can be reported until 5 days after it.</source>
        <translation>Cet état des lieux ne peut pas être enregistré maintenant : celui du départ s’ouvre un jour avant la location, celui du retour une demi-journée avant sa fin, et les dégâts peuvent être signalés jusqu’à 5 jours après.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report is not complete: it needs a photo from each side, one of the ramp or lift, the fuel or charge level and the odometer before it can be confirmed.</source>
        <translation>L’état des lieux n’est pas complet : il faut une photo de chaque côté, une de la rampe ou du hayon, le niveau de carburant ou de charge et le kilométrage avant de pouvoir le confirmer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both of you confirmed this report, so it can no longer change.</source>
        <translation>Vous l’avez confirmé tous les deux : cet état des lieux ne peut plus changer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This booking already has a damage report. Add what you found in its conversation.</source>
        <translation>Cette réservation a déjà un signalement de dégâts. Ajoutez ce que vous avez constaté dans sa conversation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A damage report can point only at photos of this booking&apos;s handover reports. Choose the photos again.</source>
        <translation>Un signalement de dégâts ne peut désigner que des photos des états des lieux de cette réservation. Choisissez de nouveau les photos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can review the renter once the rental has ended.</source>
        <translation>Vous pourrez donner votre avis sur le locataire une fois la location terminée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This rental did not take place, so there is nobody to review.</source>
        <translation>Cette location n&apos;a pas eu lieu : il n&apos;y a personne à évaluer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviews of a rental close 30 days after it ended; this one is closed.</source>
        <translation>Les avis sur une location ferment 30 jours après sa fin ; celle-ci est close.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have already reviewed this renter for this rental.</source>
        <translation>Vous avez déjà donné votre avis sur ce locataire pour cette location.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have many trips and offers open. Cancel one you no longer need before posting another.</source>
        <translation>Vous avez beaucoup de trajets et d’offres ouverts. Annulez-en un dont vous n’avez plus besoin avant d’en publier un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the person who added a photo can change or remove it.</source>
        <translation>Seule la personne qui a ajouté une photo peut la modifier ou la retirer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are as many photos here as the feed takes. Remove one first.</source>
        <translation>Il y a déjà autant de photos ici que le flux en accepte. Retirez-en une d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a photo. Choose a JPEG, PNG or WebP image.</source>
        <translation>Ce fichier n’est pas une photo. Choisissez une image JPEG, PNG ou WebP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This photo cannot be read whole; the file may be damaged or cut short.</source>
        <translation>Cette photo ne peut pas être lue en entier ; le fichier est peut-être abîmé ou incomplet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture is too large. Choose a smaller one, of at most 50 megapixels.</source>
        <translation>Cette image est trop grande. Choisissez-en une plus petite, de 50 mégapixels au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains control characters or line breaks. Type it again.</source>
        <translation>Le nom contient des caractères de contrôle ou des retours à la ligne. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains characters that reverse the direction of the text. Type it again without them.</source>
        <translation>Le nom contient des caractères qui inversent le sens du texte. Saisissez-le de nouveau sans eux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name has no visible characters. Enter the name others will see.</source>
        <translation>Le nom ne contient aucun caractère visible. Saisissez le nom que les autres verront.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is too long. Use at most 100 characters.</source>
        <translation>Le nom est trop long. Utilisez 100 caractères au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can change your name three times a day. Try again tomorrow.</source>
        <translation>Vous pouvez changer de nom trois fois par jour. Réessayez demain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can give a new phone number three times a day. Try again tomorrow; removing the number is always possible.</source>
        <translation>Vous pouvez donner un nouveau numéro de téléphone trois fois par jour. Réessayez demain ; retirer le numéro reste toujours possible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the phone number on one line, with at most 40 characters, for example +33 6 12 34 56 78.</source>
        <translation>Saisissez le numéro de téléphone sur une ligne, en 40 caractères au plus, par exemple +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is not there any more; it may have been removed meanwhile. Sync to see the current state.</source>
        <translation>Cet élément n’existe plus ; il a peut-être été supprimé entre-temps. Synchronisez pour voir l’état actuel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A venue with this name is already there, a few metres away. Open it and review it or propose a correction instead.</source>
        <translation>Un lieu de ce nom existe déjà, à quelques mètres. Ouvrez-le pour l’évaluer ou proposer une correction.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The point is far from any town or village. Check the place and the point, then try again.</source>
        <translation>Le point est loin de toute ville ou village. Vérifiez le lieu et le point, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue already has this value, so there is nothing to correct.</source>
        <translation>Le lieu a déjà cette valeur : il n’y a rien à corriger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the box agreeing that your facts are shared under the Open Database License before sending them.</source>
        <translation>Cochez la case acceptant que vos informations soient partagées sous la licence Open Database License avant de les envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You already reported this; a moderator will look at your report.</source>
        <translation>Vous l’avez déjà signalé ; un modérateur examinera votre signalement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why, in a few words, then try again.</source>
        <translation>Dites pourquoi, en quelques mots, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a moderator can do this. Your account is not a moderator&apos;s.</source>
        <translation>Seul un modérateur peut faire cela. Votre compte n’est pas celui d’un modérateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another moderator decided on this meanwhile. Refresh the queue to see where it stands.</source>
        <translation>Un autre modérateur en a décidé entre-temps. Relisez la file pour voir où en est la demande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is already hidden. Refresh the queue to see where it stands.</source>
        <translation>C’est déjà masqué. Relisez la file pour voir où en est la demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not hidden, so there is nothing to restore.</source>
        <translation>Ce n’est pas masqué : il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an accepted contribution can be reverted. Refresh the queue to see where it stands.</source>
        <translation>Seule une contribution acceptée peut être défaite. Relisez la file pour voir où en est la demande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue was removed meanwhile, so this cannot apply to it any more.</source>
        <translation>Le lieu a été retiré entre-temps : cela ne peut plus s’y appliquer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too long for the feed to accept. Shorten it and try again.</source>
        <translation>C’est trop long pour être accepté par le flux. Raccourcissez puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed refused this (code {status}, “{feed_code}”). Correct it and try again, or dismiss it.</source>
        <translation>Le flux a refusé ceci (code {status}, « {feed_code} »). Corrigez puis réessayez, ou ignorez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value was not accepted. Correct the marked fields and try again.</source>
        <translation>Une valeur n’a pas été acceptée. Corrigez les champs signalés puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number or a date is out of range. Correct it and try again.</source>
        <translation>Un nombre ou une date est hors limites. Corrigez-le puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rental must start in the future. Choose a later start.</source>
        <translation>La location doit commencer dans le futur. Choisissez un début plus tardif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed, so there is nothing to send.</source>
        <translation>Rien n’a été modifié : il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate at least one criterion before sending the review.</source>
        <translation>Notez au moins un critère avant d’envoyer l’avis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment is too long. Shorten it and send it again.</source>
        <translation>Le commentaire est trop long. Raccourcissez-le puis renvoyez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a station, an airport or a town from the list of places.</source>
        <translation>Choisissez une gare, un aéroport ou une ville dans la liste des lieux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination is the same as the departure. Choose another destination.</source>
        <translation>La destination est la même que le départ. Choisissez une autre destination.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The departure window ends before it starts. Check the two times.</source>
        <translation>Le créneau de départ se termine avant de commencer. Vérifiez les deux heures.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A departure window lasts at most 12 hours. Choose a shorter window.</source>
        <translation>Un créneau de départ dure au plus 12 heures. Choisissez un créneau plus court.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The departure window has already passed. Choose a later date or time.</source>
        <translation>Le créneau de départ est déjà passé. Choisissez une date ou une heure plus tardive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message is empty. Write something before sending it.</source>
        <translation>Le message est vide. Écrivez quelque chose avant de l’envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message is longer than 2,000 characters. Shorten it or send it in two parts.</source>
        <translation>Ce message dépasse 2 000 caractères. Raccourcissez-le ou envoyez-le en deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conversation is closed: it ended 30 days after the booking did. Its messages stay here to read.</source>
        <translation>Cette conversation est close : elle a pris fin 30 jours après la réservation. Ses messages restent lisibles ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This message is not on the feed any more. Sync, then try again.</source>
        <translation>Ce message n’est plus sur le flux. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This part of a listing cannot be changed here.</source>
        <translation>Cette partie d’une annonce ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already waiting to be sent. It goes out at the next sync.</source>
        <translation>Ceci attend déjà d’être envoyé. L’envoi aura lieu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was already sent to the feed. Wait for its answer, then cancel if needed.</source>
        <translation>Ceci a déjà été envoyé au flux. Attendez sa réponse, puis annulez si besoin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You already asked for this vehicle on these dates. Follow it under “My bookings”.</source>
        <translation>Vous avez déjà demandé ce véhicule pour ces dates. Suivez la demande dans « Mes réservations ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not on this computer yet. Sync, then try again.</source>
        <translation>Ceci n’est pas encore sur cet ordinateur. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a refused action can be tried again or dismissed.</source>
        <translation>Seule une action refusée peut être réessayée ou ignorée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A newer version of wheelshare made this change; this version cannot send it. Update wheelshare, or dismiss it.</source>
        <translation>Une version plus récente de wheelshare a fait cette modification ; cette version ne peut pas l’envoyer. Mettez wheelshare à jour, ou ignorez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new listing this changes was refused, so this cannot be sent. Dismiss it.</source>
        <translation>La nouvelle annonce que ceci modifie a été refusée ; ceci ne peut donc pas être envoyé. Ignorez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ran into a problem earlier. Try again, or dismiss it.</source>
        <translation>Ceci a rencontré un problème plus tôt. Réessayez, ou ignorez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is not wheelshare data. Choose another data folder or move the file away.</source>
        <translation>Le fichier {path} ne contient pas de données wheelshare. Choisissez un autre dossier de données ou déplacez ce fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data in {path} was written by a newer version of wheelshare. Update wheelshare or choose another data folder.</source>
        <translation>Les données de {path} ont été écrites par une version plus récente de wheelshare. Mettez wheelshare à jour ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding wheelshare&apos;s data is full. Free some space and try again.</source>
        <translation>Le disque qui contient les données de wheelshare est plein. Libérez de la place puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app is still opening its data; try again in a moment.</source>
        <translation>L’application ouvre encore ses données ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using wheelshare&apos;s data. Close other copies of wheelshare and try again.</source>
        <translation>Un autre programme utilise les données de wheelshare. Fermez les autres copies de wheelshare puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wheelshare&apos;s data cannot be written. Check the data folder&apos;s permissions.</source>
        <translation>Les données de wheelshare ne peuvent pas être écrites. Vérifiez les droits du dossier de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error while reading or writing wheelshare&apos;s data. Check the disk and try again.</source>
        <translation>Le disque a signalé une erreur en lisant ou en écrivant les données de wheelshare. Vérifiez le disque puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wheelshare&apos;s data on this computer is damaged. Delete it and wheelshare will fetch it again.</source>
        <translation>Les données de wheelshare sur cet ordinateur sont endommagées. Supprimez-les et wheelshare les récupérera à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wheelshare&apos;s data refused an operation; this is a fault in wheelshare. Try again, and report it if it keeps happening.</source>
        <translation>Les données de wheelshare ont refusé une opération ; c’est un défaut de wheelshare. Réessayez, et signalez-le si cela se répète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of places could not be read; places can still be looked up online.</source>
        <translation>La liste des lieux n’a pas pu être lue ; les lieux peuvent encore être recherchés en ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online place search is turned off; the place was looked up in the offline list.</source>
        <translation>La recherche de lieux en ligne est désactivée ; le lieu a été cherché dans la liste hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The online place search did not answer within {seconds} s; the place was looked up in the offline list. Try again later for more places.</source>
        <translation>La recherche de lieux en ligne n’a pas répondu en {seconds} s ; le lieu a été cherché dans la liste hors ligne. Réessayez plus tard pour davantage de lieux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The online place search asked to slow down; the place was looked up in the offline list. Try again in a minute for more places.</source>
        <translation>La recherche de lieux en ligne demande de patienter ; le lieu a été cherché dans la liste hors ligne. Réessayez dans une minute pour davantage de lieux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The online place search is unavailable; the place was looked up in the offline list. Try again later for more places.</source>
        <translation>La recherche de lieux en ligne est indisponible ; le lieu a été cherché dans la liste hors ligne. Réessayez plus tard pour davantage de lieux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside wheelshare ({kind}). Try again, and report it if it keeps happening.</source>
        <translation>Un problème est survenu dans wheelshare ({kind}). Réessayez, et signalez-le si cela se répète.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed is busy and asked to slow down. Sync again in {seconds} s.</source>
        <translation>Le flux est surchargé et demande de patienter. Synchronisez à nouveau dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed is temporarily unavailable. Sync again in {seconds} s.</source>
        <translation>Le flux est momentanément indisponible. Synchronisez à nouveau dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your sign-in is kept only until the app closes.</source>
        <translation>Connexion oubliée à la fermeture.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/search_form.py" line="+554"/>
        <source>My wheelchair</source>
        <translation>Mon fauteuil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measure your wheelchair with you seated in it. wheelshare uses these numbers to tell you whether a vehicle&apos;s ramp, lift and door fit.</source>
        <translation>Mesurez votre fauteuil en y étant assis. wheelshare utilise ces mesures pour vous dire si la rampe, la plateforme et la porte d’un véhicule conviennent.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/profile_editor.py" line="+61"/>
        <source>Chair &amp;width (cm)</source>
        <translation>Large&amp;ur du fauteuil (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair length (cm)</source>
        <translation>Longueur du fauteuil (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seated height, head included (cm)</source>
        <translation>Hauteur assise, tête comprise (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight with occupant (kg)</source>
        <translation>Poids avec l’occupant (kg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{low} to {high} {unit}</source>
        <translation>de {low} à {high} {unit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I drive (from the chair or after a transfer)</source>
        <translation>Je conduis (depuis le fauteuil ou après un transfert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I travel as a passenger in my chair</source>
        <translation>Je voyage comme passager dans mon fauteuil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../src/wheelshare/ui/progress.py" line="+82"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this work</source>
        <translation>Arrêter ce travail</translation>
    </message>
</context>
<context>
    <name>RateRenterDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/renter_review.py" line="+61"/>
        <source>Review {who}</source>
        <translation>Avis sur {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How did {who} look after {vehicle}? Rate each of the three. {who} sees your review once they have reviewed the vehicle too, or 14 days after the rental ended, whichever comes first; until then nobody else does.</source>
        <translation>Comment {who} a-t-il pris soin de {vehicle} ? Notez chacun des trois points. {who} voit votre avis une fois qu&apos;il a lui aussi donné son avis sur le véhicule, ou 14 jours après la fin de la location, au premier des deux ; d&apos;ici là, personne d&apos;autre ne le voit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a rating</source>
        <translation>Choisissez une note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose from 1 to 5.</source>
        <translation>Choisissez de 1 à 5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent: rate each of the three.</source>
        <translation>Rien n&apos;a été envoyé : notez chacun des trois points.</translation>
    </message>
</context>
<context>
    <name>RateVehicleDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/vehicle_review.py" line="+35"/>
        <source>Review {title}</source>
        <translation>Donner un avis sur {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How was the rental? Rate what you can; leave the rest as “Not rated”. Your review is shown on the vehicle&apos;s page once the owner has reviewed you too, or 14 days after the rental ended, whichever comes first.</source>
        <translation>Comment s&apos;est passée la location ? Notez ce que vous pouvez ; laissez le reste sur « Non noté ». Votre avis s&apos;affiche sur la page du véhicule une fois que le propriétaire a lui aussi donné son avis sur vous, ou 14 jours après la fin de la location, au premier des deux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was sent: rate at least one thing about the rental.</source>
        <translation>Rien n’a été envoyé : notez au moins un aspect de la location.</translation>
    </message>
</context>
<context>
    <name>RateVenueDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/rate_dialog.py" line="+47"/>
        <source>Edit your review of {name}</source>
        <translation>Modifier votre avis sur {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate {name}</source>
        <translation>Noter {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answer what you know from your visit; leave the rest as “Don&apos;t know”. Your review is sent with the next sync and replaces any earlier review of yours for this place.</source>
        <translation>Répondez selon ce que vous savez de votre visite ; laissez le reste sur « Je ne sais pas ». Votre avis est envoyé à la prochaine synchronisation et remplace votre éventuel avis précédent sur ce lieu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Wheelchair access</source>
        <translation>&amp;Accès en fauteuil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 — poor</source>
        <translation>1 — médiocre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — fair</source>
        <translation>2 — passable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — good</source>
        <translation>3 — bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — very good</source>
        <translation>4 — très bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — excellent</source>
        <translation>5 — excellent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overall rating</source>
        <translation>&amp;Note globale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entrance and facilities</source>
        <translation>Entrée et équipements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high}; leave empty if you don&apos;t know.</source>
        <translation>de {low} à {high} ; laissez vide si vous ne savez pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Comment (optional)</source>
        <translation>&amp;Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would help the next visitor?</source>
        <translation>Qu’est-ce qui aiderait le prochain visiteur ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Send review</source>
        <translation>&amp;Envoyer l’avis</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steps</source>
        <translation>marches</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The comment is {n} characters long; keep it to {max}.</source>
        <translation>Le commentaire fait {n} caractères ; limitez-le à {max}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+22"/>
        <source>Nothing was sent: correct the answers marked below.</source>
        <translation>Rien n’a été envoyé : corrigez les réponses signalées ci-dessous.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Nothing was sent: a photo needs a description; see the photos.</source>
        <translation>Rien n’a été envoyé : une photo a besoin d’une description ; voyez les photos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent: answer at least one question — a review with nothing rated would not help anyone.</source>
        <translation>Rien n’a été envoyé : répondez à au moins une question — un avis sans aucune note n’aiderait personne.</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/rating_form.py" line="+72"/>
        <source>Comme&amp;nt (optional)</source>
        <translation>Co&amp;mmentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send review</source>
        <translation>&amp;Envoyer l’avis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The comment is {n} characters long; keep it to {max}.</source>
        <translation>Le commentaire fait {n} caractères ; limitez-le à {max}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was sent: the comment is too long.</source>
        <translation>Rien n’a été envoyé : le commentaire est trop long.</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/reason_form.py" line="+57"/>
        <source>Say why, in a few words.</source>
        <translation>Dites pourquoi, en quelques mots.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the reason to {max} characters.</source>
        <translation>Limitez la raison à {max} caractères.</translation>
    </message>
</context>
<context>
    <name>RecentNotificationsDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/notifications/dialog.py" line="+36"/>
        <location line="+2"/>
        <source>Recent notifications</source>
        <translation>Notifications récentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notifications yet.</source>
        <translation>Aucune notification pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent notifications, newest first</source>
        <translation>Notifications récentes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <location filename="../../src/wheelshare/ui/remedies.py" line="+47"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check connection…</source>
        <translation>Vérifier la connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Account &amp; settings to sign in; waiting changes are sent after</source>
        <translation>Ouvrir Compte et réglages pour se connecter ; les modifications en attente sont envoyées ensuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync again now to send what is waiting</source>
        <translation>Synchroniser à nouveau pour envoyer ce qui attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the feed settings to check the feed&apos;s address and connection</source>
        <translation>Ouvrir les réglages du flux pour vérifier son adresse et la connexion</translation>
    </message>
</context>
<context>
    <name>RentalsToReview</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/to_review.py" line="+121"/>
        <source>Re&amp;ntals to review ({n})</source>
        <translation>&amp;Locations à évaluer ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No completed rental is waiting for your review.</source>
        <translation>Aucune location terminée n’attend votre avis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed rentals to review</source>
        <translation>Locations terminées à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a review of this vehicle…</source>
        <translation>&amp;Écrire un avis sur ce véhicule…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>review</source>
        <translation>avis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thank you. Your review of {title} waits to be sent; it shows on the vehicle&apos;s page once the owner has reviewed you too, or 14 days after the rental ended.</source>
        <translation>Merci. Votre avis sur {title} attend d&apos;être envoyé ; il s&apos;affichera sur la page du véhicule une fois que le propriétaire aura lui aussi donné son avis sur vous, ou 14 jours après la fin de la location.</translation>
    </message>
</context>
<context>
    <name>RenterReview</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/renter_review.py" line="-62"/>
        <source>&amp;Care of the vehicle</source>
        <translation>&amp;Soin du véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Punctuality</source>
        <translation>&amp;Ponctualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommunication</source>
        <translation>C&amp;ommunication</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New on wheelshare: no rentals yet</source>
        <translation>Nouveau sur wheelshare : aucune location encore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No review yet, {rentals}</source>
        <translation>Aucun avis encore, {rentals}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{average} of 5 from {reviews}, {rentals}</source>
        <translation>{average} sur 5 d&apos;après {reviews}, {rentals}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the renter</source>
        <translation>le locataire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thank you. Your review of {who} waits to be sent; {who} sees it once they have reviewed the vehicle too, or 14 days after the rental ended.</source>
        <translation>Merci. Votre avis sur {who} attend d&apos;être envoyé ; {who} le verra une fois qu&apos;il aura lui aussi donné son avis sur le véhicule, ou 14 jours après la fin de la location.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/report_dialog.py" line="+20"/>
        <source>Report this review</source>
        <translation>Signaler cet avis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this venue</source>
        <translation>Signaler ce lieu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You report: {what}</source>
        <translation>Vous signalez : {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moderator reads your reason and decides whether to hide it. Nobody else sees who reported it.</source>
        <translation>Un modérateur lit votre raison et décide s’il faut le masquer. Personne d’autre ne voit qui l’a signalé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why (required)</source>
        <translation>&amp;Pourquoi (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: closed for years, insulting, not about this place.</source>
        <translation>Par exemple : fermé depuis des années, insultant, sans rapport avec ce lieu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send the report</source>
        <translation>&amp;Envoyer le signalement</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/moderation/models.py" line="+16"/>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A review</source>
        <translation>Un avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo</source>
        <translation>Une photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vehicle listing</source>
        <translation>Une annonce de véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A venue</source>
        <translation>Un lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no longer there)</source>
        <translation>(n’existe plus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by {who}: {comment}</source>
        <translation>de {who} : {comment}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a decision</source>
        <translation>En attente d’une décision</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/models.py" line="-86"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renter</source>
        <translation>un locataire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{who} asks for {vehicle} from {start} until {end}, {price}</source>
        <translation>{who} demande {vehicle} du {start} au {end}, {price}</translation>
    </message>
</context>
<context>
    <name>ResultsWithMap</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/map_panel.py" line="+113"/>
        <source>Kind of view:</source>
        <translation>Quel affichage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of view</source>
        <translation>Quel affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“As room allows” shows the map beside the list when the window is wide enough, and the list alone otherwise.</source>
        <translation>« Selon la place » montre la carte à côté de la liste quand la fenêtre est assez large, et la liste seule sinon.</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/models.py" line="+18"/>
        <source>Reviewer</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{who} on {date}: {answers}</source>
        <translation>{who} le {date} : {answers}</translation>
    </message>
</context>
<context>
    <name>RightsBox</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/rights.py" line="+61"/>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the name others see, the phone number your renters see or your password, take a copy of your data, or delete your account.</source>
        <translation>Changez le nom que les autres voient, le numéro de téléphone que voient vos locataires ou votre mot de passe, obtenez une copie de vos données, ou supprimez votre compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;ename…</source>
        <translation>C&amp;hanger de nom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name others see</source>
        <translation>Changer le nom que les autres voient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone n&amp;umber…</source>
        <translation>Numé&amp;ro de téléphone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number your renters see</source>
        <translation>Le numéro de téléphone que voient vos locataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport my data…</source>
        <translation>Exp&amp;orter mes données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my a&amp;ccount…</source>
        <translation>Supprimer &amp;mon compte…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your name is now {name}, everywhere it shows.</source>
        <translation>Votre nom est désormais {name}, partout où il apparaît.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your renters now see the phone number {phone}.</source>
        <translation>Vos locataires voient désormais le numéro {phone}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your phone number is removed; renters no longer see it.</source>
        <translation>Votre numéro de téléphone est retiré ; les locataires ne le voient plus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password changed. Other computers signed in to this account must sign in again with the new password.</source>
        <translation>Mot de passe changé. Les autres ordinateurs connectés à ce compte doivent se reconnecter avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON documents (*.json)</source>
        <translation>Documents JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting your data…</source>
        <translation>Export de vos données…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting your data</source>
        <translation>Export de vos données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your data was saved to {path}.</source>
        <translation>Vos données ont été enregistrées dans {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written ({why}). Choose another folder.</source>
        <translation>Le fichier n’a pas pu être écrit ({why}). Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/search_form.py" line="-321"/>
        <source>A town or city, e.g. Lyon</source>
        <translation>Une ville, par exemple Lyon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave empty to search everywhere.</source>
        <translation>Laissez vide pour chercher partout.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place found by</source>
        <translation>Lieu trouvé par</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Look up onli&amp;ne</source>
        <translation>Chercher e&amp;n ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the place online</source>
        <translation>Chercher le lieu en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask OpenStreetMap (Nominatim) for the place as typed, such as a street or a station</source>
        <translation>Demander le lieu tel que saisi à OpenStreetMap (Nominatim), par exemple une rue ou une gare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Within</source>
        <translation>Dans un &amp;rayon de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boarding</source>
        <translation>Accès à bord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driving controls</source>
        <translation>Commandes de conduite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zero means no maximum.</source>
        <translation>Zéro signifie sans maximum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uses the measurements of your wheelchair profile</source>
        <translation>Utilise les mesures de votre profil de fauteuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit my wheelchair…</source>
        <translation>Modifier mon fau&amp;teuil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest first</source>
        <translation>Les plus proches d’abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cheapest first</source>
        <translation>Les moins chers d’abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best rated first</source>
        <translation>Les mieux notés d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sor&amp;t</source>
        <translation>Tri&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>at least {n} wheelchair places</source>
        <translation>au moins {n} places pour fauteuil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most {price} a day</source>
        <translation>au plus {price} par jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quirements</source>
        <translation>E&amp;xigences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown; press to hide</source>
        <translation>Affiché ; appuyez pour masquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden; press to show</source>
        <translation>Masqué ; appuyez pour afficher</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type a place to look up first.</source>
        <translation>Saisissez d’abord un lieu à chercher.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your home location.</source>
        <translation>Votre domicile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where this computer is, as the system says.</source>
        <translation>Là où se trouve cet ordinateur, selon le système.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No known place is called “{text}”. Choose one from the list as you type, or leave the field empty to search everywhere.</source>
        <translation>Aucun lieu connu ne s’appelle « {text} ». Choisissez-en un dans la liste pendant la saisie, ou laissez le champ vide pour chercher partout.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Looking “{text}” up online…</source>
        <translation>Recherche de « {text} » en ligne…</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wheelchair pl&amp;aces, at least</source>
        <translation>&amp;Places pour fauteuil, au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No maximum</source>
        <translation>Sans maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ma&amp;ximum price per day</source>
        <translation>Prix maximum par &amp;jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;its my wheelchair</source>
        <translation>&amp;Convient à mon fauteuil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Search</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Re&amp;quirements: {chosen}</source>
        <translation>E&amp;xigences : {chosen}</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>No wheelchair profile yet: add one to search by fit.</source>
        <translation>Pas encore de profil de fauteuil : ajoutez-en un pour chercher selon la taille.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>drives</source>
        <translation>conduit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>travels as a passenger</source>
        <translation>voyage comme passager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My wheelchair: {w} cm wide, {l} cm long, {h} cm seated height, {kg} kg with occupant; {role}.</source>
        <translation>Mon fauteuil : {w} cm de large, {l} cm de long, {h} cm de hauteur assise, {kg} kg avec l’occupant ; {role}.</translation>
    </message>
</context>
<context>
    <name>SentRequest</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/sent_request.py" line="+90"/>
        <source>Refused: {problem}</source>
        <translation>Refusée : {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked: “{title}”. It appears under “My bookings”.</source>
        <translation>Réservé : « {title} ». La réservation apparaît dans « Mes réservations ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent — waiting for the owner&apos;s answer about “{title}”. Follow it under “My bookings”.</source>
        <translation>Envoyée — en attente de la réponse du propriétaire pour « {title} ». Suivez-la dans « Mes réservations ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to be sent: {problem}</source>
        <translation>En attente d’envoi : {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your request for “{title}”…</source>
        <translation>Envoi de votre demande pour « {title} »…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent: your request for “{title}” goes out at the next sync.</source>
        <translation>En attente d’envoi : votre demande pour « {title} » part à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/wheelshare/ui/session.py" line="+864"/>
        <source>opening the local data</source>
        <translation>ouverture des données locales</translation>
    </message>
    <message>
        <location line="-485"/>
        <location line="+96"/>
        <source>Starting the demo feed</source>
        <translation>Démarrage du flux de démonstration</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Opening your data</source>
        <translation>Ouverture de vos données</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>preparing the demo data (only the first time)</source>
        <translation>préparation des données de démonstration (la première fois seulement)</translation>
    </message>
    <message>
        <location line="-629"/>
        <source>wheelshare could not open its data: {problem}</source>
        <translation>wheelshare n’a pas pu ouvrir ses données : {problem}</translation>
    </message>
    <message>
        <location line="+670"/>
        <location line="+34"/>
        <source>signing in the demo renter</source>
        <translation>connexion du locataire de démonstration</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/wheelshare/ui/settings.py" line="+70"/>
        <location line="+37"/>
        <source>Enter a web address starting with http:// or https://</source>
        <translation>Saisissez une adresse web commençant par http:// ou https://</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose a text size from 100 % to 200 %</source>
        <translation>Choisissez une taille de texte de 100 % à 200 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a radius from 1 to 1000 km</source>
        <translation>Choisissez un rayon de 1 à 1000 km</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose from 1 to 240 minutes</source>
        <translation>Choisissez de 1 à 240 minutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a space for photos from 10 to 100000 MB</source>
        <translation>Choisissez un espace pour les photos de 10 à 100 000 Mo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The address needs %z, %x and %y where the tile&apos;s zoom and place go</source>
        <translation>L’adresse doit contenir %z, %x et %y, là où vont le zoom et la position de la tuile</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My wheelchair</source>
        <translation>Mon fauteuil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home location</source>
        <translation>Lieu de domicile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space for photos on this computer (MB)</source>
        <translation>Espace pour les photos sur cet ordinateur (Mo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As room allows</source>
        <translation>Selon la place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only</source>
        <translation>Liste seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List and map</source>
        <translation>Liste et carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map only</source>
        <translation>Carte seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map tiles address</source>
        <translation>Adresse des fonds de carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map tiles credit</source>
        <translation>Crédit des fonds de carte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use this computer&apos;s position for “Near me”</source>
        <translation>Utiliser la position de cet ordinateur pour « Près de chez moi »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the demo data notice</source>
        <translation>Masquer l’avis sur les données de démonstration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide the notice about the missing password store</source>
        <translation>Masquer l’avis sur l’absence de trousseau de mots de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look for new vehicles and venues every (minutes)</source>
        <translation>Chercher de nouveaux véhicules et lieux toutes les (minutes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new request for my vehicle</source>
        <translation>Une nouvelle demande pour mon véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My request is accepted</source>
        <translation>Ma demande est acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My request is declined</source>
        <translation>Ma demande est refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My request expired unanswered</source>
        <translation>Ma demande a expiré sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new message</source>
        <translation>Un nouveau message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A booking starts tomorrow</source>
        <translation>Une réservation commence demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rental to review</source>
        <translation>Une location à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A renter of my vehicle to review</source>
        <translation>Un locataire de mon véhicule à évaluer</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../src/wheelshare/ui/status.py" line="+97"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest data and send waiting actions (F5)</source>
        <translation>Récupérer les dernières données et envoyer les actions en attente (F5)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up to date (synced {when})</source>
        <translation>À jour (synchronisé {when})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last synced: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
</context>
<context>
    <name>Trips</name>
    <message>
        <location filename="../../src/wheelshare/ui/trips/words.py" line="+24"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach</source>
        <translation>Autocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus or tram</source>
        <translation>Bus ou tram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boarding and alighting</source>
        <translation>Montée et descente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luggage</source>
        <translation>Bagages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance (visual impairment)</source>
        <translation>Guidage (déficience visuelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the door</source>
        <translation>Jusqu’à la porte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion confirmed</source>
        <translation>Accompagnant confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Over</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help offered, waiting for an answer</source>
        <translation>Aide proposée, en attente de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My plans changed</source>
        <translation>Mes projets ont changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The train, coach or flight was cancelled</source>
        <translation>Le train, le car ou le vol a été annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Illness</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I found other help</source>
        <translation>J’ai trouvé une autre aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Une autre raison</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at the same time as you</source>
        <translation>en même temps que vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} min after you</source>
        <translation>{n} min après vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min before you</source>
        <translation>{n} min avant vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} h after you</source>
        <translation>{n} h après vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} h before you</source>
        <translation>{n} h avant vous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>leaves {place} {when}</source>
        <translation>part de {place} {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the same station</source>
        <translation>la même gare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrives at the same station</source>
        <translation>arrive à la même gare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrives at {place}, {distance} from yours</source>
        <translation>arrive à {place}, à {distance} de la vôtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{leaves}, {arrives}</source>
        <translation>{leaves}, {arrives}</translation>
    </message>
</context>
<context>
    <name>TripsModels</name>
    <message>
        <location filename="../../src/wheelshare/ui/trips/models.py" line="+29"/>
        <source>not rated yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stars} / 5 ({count})</source>
        <translation>{stars} / 5 ({count})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Route</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Leaves</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Why it matches</source>
        <translation>Pourquoi ça correspond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Traveller needing: {needs}</source>
        <translation>Voyageur ayant besoin de : {needs}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>offers {amount}</source>
        <translation>offre {amount}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} helps you</source>
        <translation>{name} vous aide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You help {name}</source>
        <translation>Vous aidez {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My trip</source>
        <translation>Mon trajet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My offer to help</source>
        <translation>Mon offre d’aide</translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/trips/page.py" line="+260"/>
        <source>Trips</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travelling by train, coach or bus and need a hand at the station? Post a trip. Going somewhere anyway and happy to help? Post an offer. The compensation is worked out by a fixed rule and paid between you, never through wheelshare.</source>
        <translation>Vous voyagez en train, en car ou en bus et avez besoin d’un coup de main à la gare ? Publiez un trajet. Vous faites le voyage de toute façon et voulez bien aider ? Publiez une offre. Le dédommagement suit une règle fixe et se règle entre vous, jamais par wheelshare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your journey</source>
        <translation>Votre trajet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;om (station or town)</source>
        <translation>&amp;Départ (gare ou ville)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (station or town)</source>
        <translation>A&amp;rrivée (gare ou ville)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave after</source>
        <translation>Départ a&amp;u plus tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave &amp;before</source>
        <translation>Départ au plus &amp;tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Help needed (for a trip)</source>
        <translation>Aide nécessaire (pour un trajet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share my wheelchair&apos;s si&amp;ze with my companion</source>
        <translation>Partager la taille e&amp;xacte de mon fauteuil avec mon accompagnant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its width, length, seated height and weight, as saved in Account &amp; settings. Only the companion you accept sees them, once you accept.</source>
        <translation>Sa largeur, sa longueur, sa hauteur assise et son poids, tels qu’enregistrés dans Compte et réglages. Seul l’accompagnant que vous acceptez les voit, une fois accepté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note for the person who helps</source>
        <translation>&amp;Note pour la personne qui aide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a journey you post, only the companion you accept sees it, once you accept. On an offer of help, the traveller sees it.</source>
        <translation>Sur un trajet que vous publiez, seul l’accompagnant que vous acceptez la voit, une fois accepté. Sur une offre d’aide, le voyageur la voit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;companions</source>
        <translation>Trouver des a&amp;ccompagnants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find tra&amp;vellers to help</source>
        <translation>C&amp;hercher des voyageurs à aider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post my &amp;journey…</source>
        <translation>&amp;Publier mon trajet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post my offer to h&amp;elp…</source>
        <translation>Publier mon offr&amp;e d’aide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going the same way</source>
        <translation>Dans la même direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches, best first</source>
        <translation>Correspondances, les meilleures d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to help on this tr&amp;ip…</source>
        <translation>Proposer mon aide pour ce tra&amp;jet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My trips</source>
        <translation>Mes trajets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My trips, offers and companionships</source>
        <translation>Mes trajets, offres et accompagnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected trip</source>
        <translation>Trajet sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, cancel or rate</source>
        <translation>Répondre, annuler ou noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;point</source>
        <translation>Point de rende&amp;z-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason if yo&amp;u cancel</source>
        <translation>Rai&amp;son si vous annulez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason if you cancel</source>
        <translation>Raison si vous annulez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stars (1 to &amp;5)</source>
        <translation>Étoiles (1 à &amp;5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept this help…</source>
        <translation>Accepter l’aide pr&amp;oposée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline, than&amp;ks</source>
        <translation>Refuser : pas &amp;besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw or cancel…</source>
        <translation>Annuler &amp;quand même…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my stars</source>
        <translation>Envoyer mes étoi&amp;les</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+192"/>
        <source>Compensation offered: {amount}</source>
        <translation>Dédommagement proposé : {amount}</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Nobody is going the same way yet. Post yours so others find you.</source>
        <translation>Personne ne va encore dans la même direction. Publiez le vôtre pour que d’autres vous trouvent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} companions going the same way, best first.</source>
        <translation>{n} accompagnants dans la même direction, les meilleurs d’abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} travellers you could help, best first.</source>
        <translation>{n} voyageurs que vous pourriez aider, les meilleurs d’abord.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To share your wheelchair&apos;s size, enter its measurements in Account &amp; settings first, or untick the box.</source>
        <translation>Pour partager la taille de votre fauteuil, saisissez d’abord ses mesures dans Compte et réglages, ou décochez la case.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Post your trip {what}? Others see the stations, the times and the help you need, never your name. Compensation offered: {money}.</source>
        <translation>Publier votre trajet {what} ? Les autres voient les gares, les horaires et l’aide dont vous avez besoin, jamais votre nom. Dédommagement proposé : {money}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your wheelchair&apos;s size goes only to the companion you accept.</source>
        <translation>La taille de votre fauteuil ne va qu’à l’accompagnant que vous acceptez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post the trip?</source>
        <translation>Publier le trajet ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Post the trip</source>
        <translation>&amp;Publier le trajet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post your offer to help on {what}? Others see your display name, the stations and the times.</source>
        <translation>Publier votre offre d’aide pour {what} ? Les autres voient votre nom affiché, les gares et les horaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the offer?</source>
        <translation>Publier l’offre ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Post the offer</source>
        <translation>&amp;Publier l’offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted; it goes to the feed with the next sync.</source>
        <translation>Publié ; cela part vers le flux à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer to help on the trip {route}? The traveller sees your display name and decides; the meeting point comes with their answer.</source>
        <translation>Proposer votre aide pour le trajet {route} ? Le voyageur voit votre nom affiché et décide ; le point de rendez-vous vient avec sa réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer help?</source>
        <translation>Proposer votre aide ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Offer help</source>
        <translation>&amp;Proposer mon aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer sent.</source>
        <translation>Proposition envoyée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a traveller&apos;s trip in the list of matches first.</source>
        <translation>Choisissez d’abord le trajet d’un voyageur dans la liste des correspondances.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is another companion&apos;s offer: help is offered on travellers&apos; trips.</source>
        <translation>C’est l’offre d’un autre accompagnateur : l’aide se propose sur les trajets des voyageurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an offer of help on one of your trips first.</source>
        <translation>Choisissez d’abord une offre d’aide sur l’un de vos trajets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an offer of help on your own trip, still waiting, can be answered.</source>
        <translation>Seule une offre d’aide sur votre propre trajet, encore en attente, peut recevoir une réponse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of your trips, offers or companionships first.</source>
        <translation>Choisissez d’abord l’un de vos trajets, offres ou accompagnements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This one is over or already cancelled.</source>
        <translation>Celui-ci est terminé ou déjà annulé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a companionship in your trips first.</source>
        <translation>Choisissez d’abord un accompagnement dans vos trajets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can rate your companion once the trip has taken place.</source>
        <translation>Vous pourrez noter votre accompagnateur une fois le trajet effectué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have rated this companionship already.</source>
        <translation>Vous avez déjà noté cet accompagnement.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting point: {place}</source>
        <translation>Point de rendez-vous : {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: {contact}</source>
        <translation>Contact : {contact}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their note: {note}</source>
        <translation>Sa note : {note}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} gave {stars} / 5</source>
        <translation>{name} a donné {stars} / 5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} cm wide</source>
        <translation>{n} cm de large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} cm long</source>
        <translation>{n} cm de long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} cm high with its user seated</source>
        <translation>{n} cm de haut, personne assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} kg with its user</source>
        <translation>{n} kg avec la personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their wheelchair: {size}</source>
        <translation>Son fauteuil : {size}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accept {name}&apos;s help on {route}? They will see the meeting point: {place}.</source>
        <translation>Accepter l’aide de {name} pour {route} ? Cette personne verra le point de rendez-vous : {place}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept the help?</source>
        <translation>Accepter l’aide ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted; your companion is told at the next sync.</source>
        <translation>Accepté ; votre accompagnant en est informé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declined.</source>
        <translation>Refusé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel, giving the reason “{reason}”? The other person sees it.</source>
        <translation>Annuler avec la raison « {reason} » ? L’autre personne la verra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel?</source>
        <translation>Annuler ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ca&amp;ncel it</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rated; the other person sees it once they have rated too, or in 14 days.</source>
        <translation>Noté ; l’autre personne le verra quand elle aura noté à son tour, ou dans 14 jours.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You have no trips or offers yet.</source>
        <translation>Vous n’avez encore ni trajet ni offre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} trips, offers and companionships.</source>
        <translation>{n} trajets, offres et accompagnements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} waiting to be sent.</source>
        <translation>{n} en attente d’envoi.</translation>
    </message>
</context>
<context>
    <name>UpdatesBox</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/updates.py" line="+47"/>
        <source>Updates and notifications</source>
        <translation>Mises à jour et notifications</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your bookings and requests arrive within seconds while the app is open; vehicles and venues are checked this often.</source>
        <translation>Vos réservations et demandes arrivent en quelques secondes tant que l&apos;application est ouverte ; les véhicules et les lieux sont vérifiés à cet intervalle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell me when:</source>
        <translation>Me prévenir quand :</translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/detail_pane.py" line="+104"/>
        <source>A renter</source>
        <translation>Un locataire</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Boarding</source>
        <translation>Accès à bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving controls</source>
        <translation>Commandes de conduite</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{who}, {when}: {marks}</source>
        <translation>{who}, {when} : {marks}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{day}: partly available, free {spans}</source>
        <translation>{day} : disponible en partie, libre {spans}</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Wheelchair places: {n}; seats: {s}</source>
        <translation>Places pour fauteuil : {n} ; sièges : {s}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{day}: available all day</source>
        <translation>{day} : disponible toute la journée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}: not available</source>
        <translation>{day} : indisponible</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>{town}, approximate area</source>
        <translation>{town}, zone approximative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about {distance} away</source>
        <translation>à environ {distance}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Half-day {h}, day {d}, week {w}</source>
        <translation>Demi-journée {h}, journée {d}, semaine {w}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Books instantly</source>
        <translation>Réservation immédiate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner confirms each request</source>
        <translation>Le propriétaire confirme chaque demande</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose dates in the search to see the price.</source>
        <translation>Choisissez des dates dans la recherche pour voir le prix.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No reviews yet.</source>
        <translation>Pas encore d’avis.</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{a} to {b}</source>
        <translation>{a} à {b}</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Not available for these dates: choose other dates.</source>
        <translation>Indisponible à ces dates : choisissez d’autres dates.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes: its measurements suit your wheelchair.</source>
        <translation>Oui : ses mesures conviennent à votre fauteuil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No:</source>
        <translation>Non :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot tell: some measurements are missing:</source>
        <translation>Impossible à dire : il manque des mesures :</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>{distance} away</source>
        <translation>à {distance}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: {name}</source>
        <translation>Propriétaire : {name}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Total: {total}</source>
        <translation>Total : {total}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{count} at {price}: {total}</source>
        <translation>{count} à {price} : {total}</translation>
    </message>
</context>
<context>
    <name>VehicleDetailPane</name>
    <message>
        <location line="-193"/>
        <location line="+87"/>
        <source>Vehicle details</source>
        <translation>Détails du véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Price for your dates</source>
        <translation>Prix pour vos dates</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fits my wheelchair?</source>
        <translation>Convient à mon fauteuil ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adaptations</source>
        <translation>Aménagements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Availability, the next four weeks</source>
        <translation>Disponibilité, les quatre prochaines semaines</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Availability, day by day</source>
        <translation>Disponibilité, jour par jour</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a vehicle in the list to see it here.</source>
        <translation>Choisissez un véhicule dans la liste pour le voir ici.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+127"/>
        <source>Request &amp;booking</source>
        <translation>Demander la ré&amp;servation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Book now</source>
        <translation>Ré&amp;server maintenant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a start and an end in the search first.</source>
        <translation>Choisissez d’abord un début et une fin dans la recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle is taken during these dates.</source>
        <translation>Le véhicule est pris à ces dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked at once; you can cancel under “My bookings”.</source>
        <translation>Réservé aussitôt ; vous pouvez annuler dans « Mes réservations ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner answers your request; follow it under “My bookings”.</source>
        <translation>Le propriétaire répond à votre demande ; suivez-la dans « Mes réservations ».</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/vehicle_form.py" line="+471"/>
        <source>Edit vehicle</source>
        <translation>Modifier le véhicule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List a vehicle</source>
        <translation>Proposer un véhicule</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save listing</source>
        <translation>&amp;Enregistrer l’annonce</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was saved: a photo needs a description; see the photos.</source>
        <translation>Rien n’a été enregistré : une photo a besoin d’une description ; voyez les photos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: one field needs attention; see the message under it.</source>
        <translation>Rien n’a été enregistré : un champ demande votre attention ; voyez le message en dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved: {n} fields need attention; see the messages under them.</source>
        <translation>Rien n’a été enregistré : {n} champs demandent votre attention ; voyez les messages en dessous.</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <location line="-392"/>
        <source>About the vehicle</source>
        <translation>Le véhicule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Renault Kangoo with rear ramp</source>
        <translation>Par exemple : Renault Kangoo avec rampe arrière</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Place (city)</source>
        <translation>&amp;Lieu (ville)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start typing and choose a city from the list.</source>
        <translation>Commencez à taper et choisissez une ville dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick-up &amp;address (optional)</source>
        <translation>&amp;Adresse de prise en charge (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;eats</source>
        <translation>&amp;Sièges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From 1 to 9, including the driver.</source>
        <translation>De 1 à 9, conducteur compris.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Wheelchair places</source>
        <translation>&amp;Places pour fauteuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From 0 to 4.</source>
        <translation>De 0 à 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adaptations</source>
        <translation>Aménagements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>So renters can check that their chair fits. Leave a field empty if you have not measured it.</source>
        <translation>Pour que les locataires vérifient que leur fauteuil passe. Laissez vide un champ que vous n’avez pas mesuré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high} {unit}</source>
        <translation>de {low} à {high} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices and booking</source>
        <translation>Prix et réservation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Half-day price</source>
        <translation>Prix à la demi-jo&amp;urnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y price</source>
        <translation>Prix à la &amp;journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wee&amp;k price</source>
        <translation>Prix à la se&amp;maine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to 6 hours.</source>
        <translation>Jusqu’à 6 heures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours.</source>
        <translation>24 heures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days; usually less than 7 day prices.</source>
        <translation>7 jours ; en général moins que 7 prix à la journée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Instant booking: renters book without waiting for my answer</source>
        <translation>Réservation &amp;immédiate : les locataires réservent sans attendre ma réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instant booking</source>
        <translation>Réservation immédiate</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give the vehicle a title.</source>
        <translation>Donnez un titre au véhicule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is {n} characters long; keep it to {max}.</source>
        <translation>Le titre fait {n} caractères ; limitez-le à {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description is {n} characters long; keep it to {max}.</source>
        <translation>La description fait {n} caractères ; limitez-la à {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say where the vehicle is picked up.</source>
        <translation>Indiquez où le véhicule est pris en charge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of places is still being prepared; try again in a moment.</source>
        <translation>La liste des lieux est en cours de préparation ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No place called “{name}” is known; choose one from the list.</source>
        <translation>Aucun lieu nommé « {name} » n’est connu ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>a rear or side ramp</source>
        <translation>une rampe arrière ou latérale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lift platform</source>
        <translation>une plateforme élévatrice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick {part} under Adaptations, or leave this empty.</source>
        <translation>Cochez {part} sous Aménagements, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>VehicleResults</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/results_model.py" line="+61"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per day</source>
        <translation>Prix par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheelchair places</source>
        <translation>Places pour fauteuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>about {distance}</source>
        <translation>environ {distance}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not rated yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instant</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On request</source>
        <translation>Sur demande</translation>
    </message>
</context>
<context>
    <name>VehicleReview</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/vehicle_review.py" line="-47"/>
        <source>&amp;Overall</source>
        <translation>&amp;Note globale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accessibility (boarding, space for the chair)</source>
        <translation>&amp;Accessibilité (montée, place pour le fauteuil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;leanliness</source>
        <translation>&amp;Propreté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matches the listing</source>
        <translation>&amp;Conforme à l’annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The o&amp;wner</source>
        <translation>Le p&amp;ropriétaire</translation>
    </message>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/rating_form.py" line="-75"/>
        <source>1 — poor</source>
        <translation>1 — médiocre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — fair</source>
        <translation>2 — passable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — good</source>
        <translation>3 — bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — very good</source>
        <translation>4 — très bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — excellent</source>
        <translation>5 — excellent</translation>
    </message>
</context>
<context>
    <name>VehicleVocabulary</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/vehicle_labels.py" line="+16"/>
        <source>Rear ramp</source>
        <translation>Rampe arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side ramp</source>
        <translation>Rampe latérale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift platform</source>
        <translation>Plateforme élévatrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winch</source>
        <translation>Treuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowered floor</source>
        <translation>Plancher surbaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel seated in the wheelchair</source>
        <translation>Voyager assis dans le fauteuil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push-pull hand controls</source>
        <translation>Commandes manuelles pousser-tirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator ring</source>
        <translation>Cercle accélérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering knob</source>
        <translation>Pommeau de volant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left-foot accelerator</source>
        <translation>Accélérateur au pied gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fork control</source>
        <translation>Commande à fourche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swivel seat</source>
        <translation>Siège pivotant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer board</source>
        <translation>Planche de transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic transmission</source>
        <translation>Boîte automatique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Door height (cm)</source>
        <translation>Hauteur de porte (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp width (cm)</source>
        <translation>Largeur de rampe (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp length (cm)</source>
        <translation>Longueur de rampe (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift maximum load (kg)</source>
        <translation>Charge maximale de la plateforme (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior height (cm)</source>
        <translation>Hauteur intérieure (cm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boarding</source>
        <translation>Accès à bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving controls</source>
        <translation>Commandes de conduite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested, awaiting answer</source>
        <translation>Demandée, en attente de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired without an answer</source>
        <translation>Expirée sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
</context>
<context>
    <name>VehiclesMap</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/on_map.py" line="+33"/>
        <source>{title}, {price} a day</source>
        <translation>{title}, {price} par jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No vehicle in view: zoom out or move the map.</source>
        <translation>Aucun véhicule visible : dézoomez ou déplacez la carte.</translation>
    </message>
</context>
<context>
    <name>VenueCategory</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/categories.py" line="+24"/>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast food</source>
        <translation>Restauration rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food court</source>
        <translation>Aire de restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ice cream parlour</source>
        <translation>Glacier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beer garden</source>
        <translation>Biergarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nightclub</source>
        <translation>Boîte de nuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor&apos;s practice</source>
        <translation>Cabinet médical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dentist</source>
        <translation>Dentiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physiotherapist</source>
        <translation>Kinésithérapeute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optician</source>
        <translation>Opticien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing aids</source>
        <translation>Audioprothésiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical supplies</source>
        <translation>Matériel médical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood donation</source>
        <translation>Don du sang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nursing home</source>
        <translation>Maison de retraite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social facility</source>
        <translation>Établissement social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vet</source>
        <translation>Vétérinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilets</source>
        <translation>Toilettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Town hall</source>
        <translation>Mairie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Bureau de poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police station</source>
        <translation>Commissariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courthouse</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Ambassade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community centre</source>
        <translation>Maison de quartier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nursery school</source>
        <translation>École maternelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>College</source>
        <translation>Établissement d&apos;enseignement supérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of worship</source>
        <translation>Lieu de culte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash machine</source>
        <translation>Distributeur de billets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bureau de change</source>
        <translation>Bureau de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Museum</source>
        <translation>Musée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art gallery</source>
        <translation>Galerie d&apos;art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts centre</source>
        <translation>Centre culturel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artwork</source>
        <translation>Œuvre d&apos;art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cinema</source>
        <translation>Cinéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theatre</source>
        <translation>Théâtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casino</source>
        <translation>Casino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events venue</source>
        <translation>Salle d&apos;événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference centre</source>
        <translation>Centre de congrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition centre</source>
        <translation>Parc des expositions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attraction</source>
        <translation>Attraction touristique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewpoint</source>
        <translation>Point de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourist information</source>
        <translation>Office de tourisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoo</source>
        <translation>Zoo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aquarium</source>
        <translation>Aquarium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme park</source>
        <translation>Parc d&apos;attractions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memorial</source>
        <translation>Mémorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monument</source>
        <translation>Monument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Castle</source>
        <translation>Château</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>Parc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garden</source>
        <translation>Jardin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playground</source>
        <translation>Aire de jeux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swimming pool</source>
        <translation>Piscine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports centre</source>
        <translation>Centre sportif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gym</source>
        <translation>Salle de sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports pitch</source>
        <translation>Terrain de sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bowling alley</source>
        <translation>Bowling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marina</source>
        <translation>Port de plaisance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostel</source>
        <translation>Auberge de jeunesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest house</source>
        <translation>Maison d&apos;hôtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motel</source>
        <translation>Motel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday apartment</source>
        <translation>Appartement de vacances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campsite</source>
        <translation>Camping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supermarket</source>
        <translation>Supermarché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convenience store</source>
        <translation>Épicerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopping centre</source>
        <translation>Centre commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department store</source>
        <translation>Grand magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bakery</source>
        <translation>Boulangerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Butcher</source>
        <translation>Boucherie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greengrocer</source>
        <translation>Primeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delicatessen</source>
        <translation>Épicerie fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off-licence</source>
        <translation>Caviste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clothes shop</source>
        <translation>Magasin de vêtements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoe shop</source>
        <translation>Magasin de chaussures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeweller</source>
        <translation>Bijouterie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabric shop</source>
        <translation>Magasin de tissus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second-hand shop</source>
        <translation>Dépôt-vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beauty salon</source>
        <translation>Institut de beauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hairdresser</source>
        <translation>Coiffeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosmetics shop</source>
        <translation>Parfumerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemist</source>
        <translation>Droguerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookshop</source>
        <translation>Librairie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stationery shop</source>
        <translation>Papeterie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsagent</source>
        <translation>Marchand de journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tobacconist</source>
        <translation>Bureau de tabac</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift shop</source>
        <translation>Boutique de cadeaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Florist</source>
        <translation>Fleuriste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toy shop</source>
        <translation>Magasin de jouets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Games shop</source>
        <translation>Magasin de jeux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby goods</source>
        <translation>Puériculture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music shop</source>
        <translation>Disquaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Musical instruments</source>
        <translation>Instruments de musique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo shop</source>
        <translation>Magasin de photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer shop</source>
        <translation>Magasin d&apos;informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics shop</source>
        <translation>Magasin d&apos;électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone shop</source>
        <translation>Magasin de téléphonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Furniture shop</source>
        <translation>Magasin de meubles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior decoration</source>
        <translation>Décoration intérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware shop</source>
        <translation>Quincaillerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIY store</source>
        <translation>Magasin de bricolage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor equipment</source>
        <translation>Équipement de plein air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports shop</source>
        <translation>Magasin de sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bicycle shop</source>
        <translation>Magasin de vélos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variety store</source>
        <translation>Bazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pet shop</source>
        <translation>Animalerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel agency</source>
        <translation>Agence de voyages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launderette</source>
        <translation>Laverie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry cleaner</source>
        <translation>Pressing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy shop</source>
        <translation>Reprographie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car dealer</source>
        <translation>Concessionnaire automobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car repair</source>
        <translation>Garage automobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bus stop</source>
        <translation>Arrêt de bus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus station</source>
        <translation>Gare routière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tram stop</source>
        <translation>Arrêt de tram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metro entrance</source>
        <translation>Entrée de métro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Gare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Railway station</source>
        <translation>Gare ferroviaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Railway halt</source>
        <translation>Halte ferroviaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Quai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry terminal</source>
        <translation>Gare maritime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airport</source>
        <translation>Aéroport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>Ascenseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxi rank</source>
        <translation>Station de taxis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car park</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car park entrance</source>
        <translation>Entrée de parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petrol station</source>
        <translation>Station-service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charging station</source>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car hire</source>
        <translation>Location de voitures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bicycle hire</source>
        <translation>Location de vélos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business park</source>
        <translation>Parc d&apos;activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Craftsman</source>
        <translation>Artisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historic site</source>
        <translation>Site historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public amenity</source>
        <translation>Équipement public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Tourisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leisure</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public transport</source>
        <translation>Transports en commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Railway</source>
        <translation>Chemin de fer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airport facility</source>
        <translation>Installation aéroportuaire</translation>
    </message>
</context>
<context>
    <name>VenueDetail</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/detail.py" line="+213"/>
        <source>Choose a venue in the results to see how accessible it is.</source>
        <translation>Choisissez un lieu dans les résultats pour voir son accessibilité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Propose a correc&amp;tion…</source>
        <translation>Corriger une valeur ine&amp;xacte…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dismiss &amp;this message</source>
        <translation>Ignorer ce m&amp;essage</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>You already reported this venue.</source>
        <translation>Vous avez déjà signalé ce lieu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this ve&amp;nue…</source>
        <translation>Signale&amp;z ce lieu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accessibility, criterion by criterion</source>
        <translation>Accessibilité, critère par critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility criteria</source>
        <translation>Critères d’accessibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has reviewed this place yet. Be the first.</source>
        <translation>Personne n’a encore donné d’avis sur ce lieu. Soyez le premier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit yo&amp;ur review</source>
        <translation>Modifier votre &amp;note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate this ven&amp;ue</source>
        <translation>&amp;Noter ce lieu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You reported this review</source>
        <translation>Vous avez signalé cet avis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rep&amp;ort the review selected above…</source>
        <translation>Signal&amp;er l’avis choisi ci-dessus…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a review in the list above first.</source>
        <translation>Choisissez d’abord un avis dans la liste ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already reported this review.</source>
        <translation>Vous avez déjà signalé cet avis.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ⓘ Your correction of {fact} (to {value}) waits for a moderator.</source>
        <translation>ⓘ Votre correction de {fact} (en {value}) attend un modérateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Your correction of {fact} (to {value}) was refused. {reason}</source>
        <translation>⚠ Votre correction de {fact} (en {value}) a été refusée. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ⓘ Your correction of {fact} (to {value}) waits to be sent with the next sync.</source>
        <translation>ⓘ Votre correction de {fact} (en {value}) attend d’être envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>, updated {date}</source>
        <translation>, mis à jour le {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: {source}{updated}.</source>
        <translation>Source : {source}{updated}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;a href=&quot;{url}&quot;&gt;Open the record at {source}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;Ouvrir la fiche sur {source}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>© &lt;a href=&quot;{url}&quot;&gt;OpenStreetMap contributors&lt;/a&gt;, data available under the Open Database License (ODbL 1.0).</source>
        <translation>© &lt;a href=&quot;{url}&quot;&gt;contributeurs d’OpenStreetMap&lt;/a&gt;, données disponibles sous licence Open Database License (ODbL 1.0).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ Your review was refused. {reason}</source>
        <translation>⚠ Votre avis a été refusé. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ⓘ Your review is waiting to be sent; it will show here after the next sync.</source>
        <translation>ⓘ Votre avis attend d’être envoyé ; il apparaîtra ici après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ⓘ You reported this venue; a moderator will look at it.</source>
        <translation>ⓘ Vous avez signalé ce lieu ; un modérateur va l’examiner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reviews ({n})</source>
        <translation>Avis ({n})</translation>
    </message>
</context>
<context>
    <name>VenueResultsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/models.py" line="-229"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheelchair access</source>
        <translation>Accès en fauteuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{d} away</source>
        <translation>à {d}</translation>
    </message>
</context>
<context>
    <name>VenueSearchForm</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/search_form.py" line="+190"/>
        <source>name, street or description</source>
        <translation>nom, rue ou description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search venues</source>
        <translation>C&amp;hercher des lieux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requirements</source>
        <translation>Doit avoir</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Any category</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Category</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;ar (city)</source>
        <translation>Près &amp;de (ville)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;ithin</source>
        <translation>Dans &amp;un rayon de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least &amp;partially accessible</source>
        <translation>Au moins &amp;partiellement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free entrance</source>
        <translation>Entrée de plain-pied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible toilet</source>
        <translation>Toilettes accessibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible parking</source>
        <translation>Stationnement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elevator</source>
        <translation>Ascenseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing loop</source>
        <translation>Boucle magnétique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits my &amp;wheelchair (door width)</source>
        <translation>Adapté à mon fauteui&amp;l (largeur de porte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door at least</source>
        <translation>Porte d’au moins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ran&amp;king</source>
        <translation>Cla&amp;ssement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best match</source>
        <translation>Les plus pertinents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest first</source>
        <translation>Les plus proches d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best rated first</source>
        <translation>Les mieux notés d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear filters</source>
        <translation>Effa&amp;cer les filtres</translation>
    </message>
    <message>
        <location line="-13"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum door width</source>
        <translation>Largeur de porte minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;earch</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Re&amp;quirements: none</source>
        <translation>C&amp;onditions : aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quirements: 1</source>
        <translation>C&amp;onditions : 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quirements: {n}</source>
        <translation>C&amp;onditions : {n}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The list of places is still being prepared; try again in a moment.</source>
        <translation>La liste des lieux est en cours de préparation ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place called “{name}” is known; choose one from the list, or leave it empty to search everywhere.</source>
        <translation>Aucun lieu nommé « {name} » n’est connu ; choisissez-en un dans la liste, ou laissez vide pour chercher partout.</translation>
    </message>
</context>
<context>
    <name>VenueVocabulary</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/labels.py" line="+19"/>
        <source>Fully accessible</source>
        <translation>Entièrement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially accessible</source>
        <translation>Partiellement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accessible</source>
        <translation>Non accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility unknown</source>
        <translation>Accessibilité inconnue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wheelchair access</source>
        <translation>Accès en fauteuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free entrance</source>
        <translation>Entrée de plain-pied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps at the entrance</source>
        <translation>Marches à l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step height (cm)</source>
        <translation>Hauteur de marche (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp at the entrance</source>
        <translation>Rampe à l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door width (cm)</source>
        <translation>Largeur de porte (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic door</source>
        <translation>Porte automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible toilet</source>
        <translation>Toilettes accessibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible parking</source>
        <translation>Stationnement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elevator</source>
        <translation>Ascenseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing loop</source>
        <translation>Boucle magnétique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall (1 to 5)</source>
        <translation>Note globale (1 à 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>VenuesMap</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/on_map.py" line="+50"/>
        <source>No venue in view: zoom out or move the map.</source>
        <translation>Aucun lieu visible : dézoomez ou déplacez la carte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{venues}, {fully} fully accessible, {partly} partially</source>
        <translation>{venues}, {fully} entièrement accessibles, {partly} en partie</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/page.py" line="+200"/>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venues found</source>
        <translation>Lieux trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a venue…</source>
        <translation>Ajouter un lieu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a venue missing from the map (Ctrl+N)</source>
        <translation>Ajouter un lieu qui manque sur la carte (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the e&amp;xisting venue</source>
        <translation>Voir le lieu e&amp;xistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this refusal</source>
        <translation>Effacer ce refus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search by name, place or what the venue must have; results appear &amp;below.</source>
        <translation>Cherchez par nom, lieu ou équipement re&amp;quis ; les résultats s’affichent plus bas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing yet: the first sync is still fetching the venues. The results appear when it ends.</source>
        <translation>Rien pour l’instant : la première synchronisation récupère encore les lieux. Les résultats apparaîtront à la fin.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The venues are still loading; the search runs when they are ready.</source>
        <translation>Les lieux sont encore en chargement ; la recherche se lance dès qu’ils sont prêts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“Fits my wheelchair” needs your chair&apos;s measurements: enter them under Account &amp; settings.</source>
        <translation>« Convient à mon fauteuil » a besoin des mesures de votre fauteuil : saisissez-les dans Compte et réglages.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the map&apos;s area</source>
        <translation>la zone de la carte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>⚠ Your venue “{name}” was not added. {reason}</source>
        <translation>⚠ Votre lieu « {name} » n’a pas été ajouté. {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in under Account &amp; settings to add a venue.</source>
        <translation>Connectez-vous dans Compte et réglages pour ajouter un lieu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Thank you. “{name}” waits to be sent; a moderator may check it before it shows for everyone.</source>
        <translation>Merci. « {name} » attend d’être envoyé ; un modérateur peut le vérifier avant qu’il apparaisse pour tout le monde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The venue already there is not on this computer yet; sync first.</source>
        <translation>Le lieu déjà présent n’est pas encore sur cet ordinateur ; synchronisez d’abord.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sign in under Account &amp; settings to correct venues.</source>
        <translation>Connectez-vous dans Compte et réglages pour corriger des lieux.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in under Account &amp; settings to report.</source>
        <translation>Connectez-vous dans Compte et réglages pour signaler.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Thank you. Your review of {name} waits to be sent.</source>
        <translation>Merci. Votre avis sur {name} attend d’être envoyé.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>No venue matches. Try fewer filters or a larger radius.</source>
        <translation>Aucun lieu ne correspond. Essayez moins de filtres ou un rayon plus grand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One venue matches.</source>
        <translation>Un lieu correspond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} venues match.</source>
        <translation>{n} lieux correspondent.</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>Sign in under Account &amp; settings to rate venues.</source>
        <translation>Connectez-vous dans Compte et réglages pour noter des lieux.</translation>
    </message>
</context>
</TS>
