// The results map of Find a vehicle and Venues. Python (ui/widgets/map_view.py)
// sets every property and reads the view back; this file only draws, and turns
// clicks, drags and the wheel into the Python side's signals.
import QtQuick
import QtLocation
import QtPositioning

Item {
    id: root

    // Set by Python.
    property var places: []          // [{lat, lon, name}] from the gazetteer, when offline
    property string selectedKey: ""
    property string cursorKey: ""    // the mark the keyboard is on
    property bool focused: false     // the frame around the view (drawn by Python) has the focus
    property bool tilesOn: true
    property string attribution: ""
    property bool creditShown: true  // the tiles' credit, only while tiles are drawn
    property string offlineText: ""
    property var colours: ({})
    property real textPx: 14
    property real scale: 1.0
    property bool hasPosition: false  // where the computer is, once "Near me" found it
    property real positionLat: 0
    property real positionLon: 0

    signal markClicked(string key)
    signal clusterClicked(real lat, real lon)
    signal viewChanged()

    function c(name, fallback) { return colours[name] !== undefined ? colours[name] : fallback }

    Plugin {
        id: tiles
        name: "osm"
        // With tiles off, an address that cannot answer: the plain background.
        PluginParameter {
            name: "osm.mapping.custom.host"
            value: mapSetup.tileUrl !== "" ? mapSetup.tileUrl : "file:///nonexistent/%z/%x/%y.png"
        }
        // No look-up of Qt's own tile provider list on the internet.
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.custom.mapcopyright"; value: "" }
        PluginParameter { name: "osm.mapping.custom.datacopyright"; value: "" }
        PluginParameter { name: "osm.useragent"; value: mapSetup.userAgent }
        PluginParameter { name: "osm.mapping.cache.directory"; value: mapSetup.cacheDir }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: mapSetup.cacheBytes }
        PluginParameter { name: "osm.mapping.highdpi_tiles"; value: false }
        // Only the tiles in view: fewer requests (the OSM tile usage policy asks
        // for no bulk fetching) and fewer tiles decoded on the UI thread at each
        // zoom step, which stalled the window while zooming.
        PluginParameter { name: "osm.mapping.prefetching_style"; value: "NoPrefetching" }
        // Decoded tiles kept in memory, so panning back draws them again at once.
        PluginParameter { name: "osm.mapping.cache.texture.size"; value: 48 * 1024 * 1024 }
    }

    Map {
        id: map
        objectName: "map"
        anchors.fill: parent
        plugin: tiles
        color: root.c("base", "#ffffff")
        copyrightsVisible: false  // our own attribution line, below, while tiles are drawn
        minimumZoomLevel: 2
        maximumZoomLevel: 18
        zoomLevel: 12
        center: QtPositioning.coordinate(48.8566, 2.3522)
        onCenterChanged: root.viewChanged()
        onZoomLevelChanged: root.viewChanged()
        onWidthChanged: root.viewChanged()
        onHeightChanged: root.viewChanged()
        Component.onCompleted: {
            // The custom URL map type is the last one the osm plugin offers.
            const types = map.supportedMapTypes
            if (types.length > 0)
                map.activeMapType = types[types.length - 1]
        }

        DragHandler {
            id: drag
            target: null
            onTranslationChanged: (delta) => map.pan(-delta.x, -delta.y)
        }
        WheelHandler {
            id: wheel
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            onWheel: (event) => {
                const loc = map.toCoordinate(wheel.point.position)
                map.zoomLevel = Math.max(map.minimumZoomLevel,
                                         Math.min(map.maximumZoomLevel,
                                                  map.zoomLevel + event.angleDelta.y / 120))
                map.alignCoordinateToPoint(loc, wheel.point.position)
            }
        }

        MapItemView {
            model: root.places
            delegate: MapQuickItem {
                required property var modelData
                z: 0  // under the markers (z 1 and 2), which stay readable
                coordinate: QtPositioning.coordinate(modelData.lat, modelData.lon)
                anchorPoint.x: placeText.width / 2
                anchorPoint.y: placeText.height / 2
                sourceItem: Text {
                    id: placeText
                    text: modelData.name
                    font.pixelSize: root.textPx
                    font.italic: true
                    color: root.c("window_text", "#000000")
                    style: Text.Outline
                    styleColor: root.c("base", "#ffffff")
                }
            }
        }

        MapQuickItem {  // where you are: a dot ringed in the base colour
            visible: root.hasPosition
            coordinate: QtPositioning.coordinate(root.positionLat, root.positionLon)
            anchorPoint.x: me.width / 2
            anchorPoint.y: me.height / 2
            z: 3
            sourceItem: Rectangle {
                id: me
                width: 18 * root.scale
                height: width
                radius: width / 2
                color: root.c("focus", "#1a5fb4")
                border.width: 3 * root.scale
                border.color: root.c("base", "#ffffff")
            }
        }

        MapItemView {
            // A list model from Python that changes only the rows that differ,
            // so panning makes only the markers that come into view.
            model: clusterModel
            delegate: MapQuickItem {
                id: markItem
                required property real lat
                required property real lon
                required property int count
                required property string key
                required property string symbol
                required property string shape
                required property string tone
                readonly property bool chosen: key !== "" && key === root.selectedKey
                readonly property bool cursor: key !== "" && key === root.cursorKey
                coordinate: QtPositioning.coordinate(lat, lon)
                anchorPoint.x: body.width / 2
                anchorPoint.y: body.height / 2
                z: chosen || cursor ? 2 : 1
                sourceItem: Item {
                    id: body
                    readonly property bool cluster: markItem.count > 1
                    readonly property real side: Math.max(label.implicitHeight + 8 * root.scale,
                                                          (cluster ? 34 : 28) * root.scale)
                    width: markItem.shape === "tag" ? label.implicitWidth + 14 * root.scale : side
                    height: side
                    Rectangle {  // the outline that shows the chosen mark, or the keyboard's
                        anchors.centerIn: parent
                        width: parent.width + 10 * root.scale
                        height: parent.height + 10 * root.scale
                        radius: markItem.shape === "circle" || body.cluster ? width / 2 : 4
                        color: "transparent"
                        border.width: 3 * root.scale
                        border.color: root.c("focus", "#1a5fb4")
                        visible: markItem.chosen || markItem.cursor
                    }
                    Rectangle {  // the halo: an edge that stands out on a dark or a light map
                        anchors.centerIn: parent
                        width: fill.width + 4 * root.scale
                        height: fill.height + 4 * root.scale
                        rotation: fill.rotation
                        radius: markItem.shape === "circle" || body.cluster ? height / 2
                                : (markItem.shape === "tag" ? 8 * root.scale : 3)
                        color: root.c("marker_halo", "#000000")
                    }
                    Rectangle {
                        id: fill
                        anchors.centerIn: parent
                        width: markItem.shape === "diamond" ? parent.height * 0.78 : parent.width
                        height: markItem.shape === "diamond" ? width : parent.height
                        rotation: markItem.shape === "diamond" ? 45 : 0
                        radius: markItem.shape === "circle" || body.cluster ? height / 2
                                : (markItem.shape === "tag" ? 6 * root.scale : 2)
                        color: markItem.chosen ? root.c("highlight", "#1a5fb4")
                                               : root.c(markItem.tone, "#555555")
                        border.width: 2 * root.scale
                        border.color: root.c("marker_border", "#ffffff")
                    }
                    Rectangle {  // a cluster's inner ring: told from a mark by shape, not colour
                        visible: body.cluster
                        anchors.centerIn: parent
                        width: fill.width - 8 * root.scale
                        height: width
                        radius: width / 2
                        color: "transparent"
                        border.width: 1.5 * root.scale
                        border.color: root.c("marker_text", "#ffffff")
                    }
                    Text {
                        id: label
                        anchors.centerIn: parent
                        text: markItem.symbol
                        font.pixelSize: root.textPx
                        font.bold: true
                        color: markItem.chosen ? root.c("highlighted_text", "#ffffff")
                                               : root.c("marker_text", "#ffffff")
                    }
                    TapHandler {
                        onTapped: {
                            if (body.cluster)
                                root.clusterClicked(markItem.lat, markItem.lon)
                            else
                                root.markClicked(markItem.key)
                        }
                    }
                }
            }
        }
    }

    Rectangle {  // said when the tiles are off or unreachable; never a dialog
        visible: root.offlineText !== ""
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 6 * root.scale
        width: Math.min(parent.width - 12 * root.scale, offline.implicitWidth + 12 * root.scale)
        height: offline.implicitHeight + 8 * root.scale
        color: root.c("window", "#f4f5f7")
        border.color: root.c("input_border", "#555555")
        Text {
            id: offline
            anchors.fill: parent
            anchors.margins: 4 * root.scale
            text: root.offlineText
            wrapMode: Text.Wrap
            font.pixelSize: root.textPx
            color: root.c("window_text", "#000000")
        }
    }

    Rectangle {  // the tiles' attribution, while they are drawn
        objectName: "attribution"
        visible: root.creditShown && root.attribution !== ""
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Math.min(parent.width, credit.implicitWidth + 10 * root.scale)
        height: credit.implicitHeight + 4 * root.scale
        color: root.c("window", "#f4f5f7")
        opacity: 0.92
        Text {
            id: credit
            anchors.centerIn: parent
            width: parent.width - 10 * root.scale
            text: root.attribution
            elide: Text.ElideLeft
            font.pixelSize: root.textPx * 0.9
            color: root.c("window_text", "#000000")
        }
    }
}
