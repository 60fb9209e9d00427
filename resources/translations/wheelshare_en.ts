<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BookingsPage</name>
    <message numerus="yes">
        <source>%n booking(s) shown.</source>
        <translation>
            <numerusform>%n booking shown.</numerusform>
            <numerusform>%n bookings shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to {path}</source>
        <translation>
            <numerusform>%n booking exported to {path}</numerusform>
            <numerusform>%n bookings exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message numerus="yes">
        <source>%n member(s) said: {grade}</source>
        <translation>
            <numerusform>%n member said: {grade}</numerusform>
            <numerusform>%n members said: {grade}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {answers} members said: {grade}</source>
        <translation>
            <numerusform>%n of {answers} members said: {grade}</numerusform>
            <numerusform>%n of {answers} members said: {grade}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message numerus="yes">
        <source>%n vehicle(s) found near {place}</source>
        <translation>
            <numerusform>%n vehicle found near {place}</numerusform>
            <numerusform>%n vehicles found near {place}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) found</source>
        <translation>
            <numerusform>%n vehicle found</numerusform>
            <numerusform>%n vehicles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Notifications (%n new)</source>
        <translation>
            <numerusform>Notifications (%n new)</numerusform>
            <numerusform>Notifications (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recent notifications: %n new</source>
        <translation>
            <numerusform>Recent notifications: %n new</numerusform>
            <numerusform>Recent notifications: %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message numerus="yes">
        <source>%n conversation(s); {unread}.</source>
        <translation>
            <numerusform>%n conversation; {unread}.</numerusform>
            <numerusform>%n conversations; {unread}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wheelshare: %n unread notification(s)</source>
        <translation>
            <numerusform>wheelshare: %n unread notification</numerusform>
            <numerusform>wheelshare: %n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>{avg} out of 5 (%n rating(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half-day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rental(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) in view</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) in view</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
