<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ArenaView</name>
    <message>
        <source>Virtual robot arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buzzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheels: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bump!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual robot connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraGate</name>
    <message>
        <source>The camera is off until you read how Oyla uses it and agree: open My data and press “Give consent…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture like a mirror. The model sees the same either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the picture to look at one prediction closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo camera shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the demo camera show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo camera (no webcam needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcam %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassCard</name>
    <message>
        <source>Hold to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, to take about 10 pictures a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add picture files or folders. You can also drop them on this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Nothing” class: pictures with no sign at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More for this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the “nothing” class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the “nothing” class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur the faces in the selected pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture seems to show a face. Faces are personal data; Oyla doesn&apos;t need them. Blur it or remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pictures seem to show a face. Faces are personal data; Oyla doesn&apos;t need them. Blur them or remove them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur the face so nobody can be recognised. The picture stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these pictures from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture seems to show a face.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassList</name>
    <message>
        <source>+ Add a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class is one kind of thing the computer should learn to tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here: add a class for each sign or object you want the computer to recognise, for example “fist” and “open hand”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Robot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual robot (on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the robot&apos;s USB cable in: it appears in this list by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the Oyla program on the selected Arduino board (takes a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uno (115200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nano / older board (57600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the upload cannot reach the board, try the other speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: Oyla firmware %2, kit “%3”, can %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board was plugged in: %1. Press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board&apos;s firmware says its kit is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the Oyla firmware to %1… do not unplug the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware uploaded in %1 s. Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Oyla and your camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: Oyla and your camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the camera is for.&lt;/b&gt; In the Studio you teach the computer to recognise signs and objects, for example a fist or an open hand. For that, Oyla takes pictures with the camera while you hold the record button. The camera is only on while a page that shows it is open, and then you see a red “Camera on” sign.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where the pictures go.&lt;/b&gt; Only into this folder on this computer. Oyla never uses the internet and sends nothing anywhere:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Faces are not needed.&lt;/b&gt; Point the camera at your hands or at things, not at people. Oyla looks for faces in every picture: it marks them so you can blur them or remove them, or blurs them itself if your teacher asks for that.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You decide.&lt;/b&gt; On the My data page you can see everything Oyla keeps, export it, delete it, and take back your consent at any time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and I agree that Oyla uses the camera like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My parent or guardian has agreed too, and this was recorded (your teacher asks for this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or guardian is giving this consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now (camera stays off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Students on this computer: parent&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a student when a parent or guardian has agreed to camera use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students yet. Students add their name or nickname on the Lessons page (no password, no photo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive the robot with your model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act when sure at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot only acts when the model is at least this sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for frames in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same class must win this many camera frames in a row before the robot acts. More frames: calmer but slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fastest the motors may turn (0–255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the robot was told, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model in the Studio first: then each of its classes can make the robot do something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the camera sees… the robot does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher set the top speed to at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed: the robot follows what the camera sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → sent %2, because “%3” is %4% sure for %5 frames in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → nothing sent now (%2): the robot stops by itself in half a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP → sent STOP (%1). Nothing moves until you start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: commands flow only while the model is sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model is not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to see “%1” for enough frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectiveView</name>
    <message>
        <source>As taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut detective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We changed your test pictures and asked the model again. If it gets much worse when only the light or the background changes, it learned a shortcut instead of your sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: how often it was right. Orange: how sure it was of the right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut found! With “%1” it is right only %2% of the time. Record more pictures with different light and backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No big shortcut found in these tests. Try it on other people&apos;s hands too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough pictures to test the model. Add at least 2 per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right on %1% of %2 test pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out pictures: about 15% of each class was kept aside and NOT used for learning, so this is a fair test, like an exam with new questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has fewer than 10 pictures: the model has too little to learn from, and the test says little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than twice as many pictures as another class: the model may learn to guess it too often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the real class, columns are what the model said. Click a number to see those pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confidently wrong pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real “%1”, model said “%2”: %3 picture(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wrong answers on the test pictures. Try it on new pictures too!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding pictures: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files are not pictures and were skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightBar</name>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the model is right on pictures it did not learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of your pictures look most alike, and where the model looked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut detective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the model still work in other light, flipped or moved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable page about your model: what it knows and its limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put some of your pictures in the model card. Leave it off to keep them private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date} with Oyla {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks at a camera picture and says which of these classes it shows: {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it learned from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right on held-out pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} pictures taken by the student. {held} of them were kept aside to test the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How good it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pictures it did not learn from, it was right {accuracy} of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were too few pictures to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (rows: the real class, columns: what the model said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It only knows these classes. Shown anything else, it still picks one of them — unless it is “not sure”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It learned from few pictures, taken by one person in one room: other hands, light or backgrounds may fool it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sure is not being right: a high confidence can still be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must not be used to make decisions about people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1 · about %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Studio for this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Robot page for this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oyla makes a new project with these classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this activity with your class, then press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Studio first: there is no project to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the button when you are ready: Oyla looks at your project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer for every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ All lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>No lessons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson pack is switched on. Your teacher can import packs and choose which ones you see on the Teacher page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faces allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faces are blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot speed at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your pictures are deleted after each lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules for this course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you? Press “New student” and type your name or a nickname — no password, no photo. Then choose a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or a nickname (only this — no password, no photo):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my progress for the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oyla progress (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher has to note a parent&apos;s consent before you use the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose your name —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a file with your progress for your teacher (for a USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lesson ▶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oyla — think!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not ready yet in this version of Oyla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text (for projectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Oyla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Oyla %1&lt;/b&gt; — “think!” in Kazakh.&lt;br&gt;Teach a computer to see, then drive a robot with it.&lt;br&gt;&lt;br&gt;Oyla works without the internet and never opens a network connection. Everything you make stays in one folder on this computer, and you can delete it on the My data page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Import students&apos; progress files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oyla progress (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report covers %1 student(s) on this computer and %2 imported progress file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the class report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class progress — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose many files at once, for example from a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printable page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobotPage</name>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the robot at once (also Esc or Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the robot to move again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED. Nothing moves until you press Re-arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real robot is connected: watch it on your desk! Keep a hand near the STOP button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive by hand (hold a button):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo camera shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees: %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot&apos;s watchdog stopped the motors: no command came for half a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot was unplugged. Plug it in again: Oyla reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP → sent STOP (%1). Nothing moves until you start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the Robot page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-armed: the robot may move again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pressed %1 → sent %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a class on the left, then hold its record button or hold Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recent project or another project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a class first, then record pictures for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording into “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the class “%1” and its %2 pictures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is still getting ready. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at pictures: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning: round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done! On pictures it did not learn from, it was right %1% of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done! Add more pictures to measure how good it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — cannot be used: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: students see this pack on the Lessons page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot speed cap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures deleted at the end of each lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force while this pack runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack locks nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a lesson pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a lesson pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” (version %2). Students see it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what students see and what is locked, read each lesson&apos;s notes, and collect the class&apos;s progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson packs students see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack (.zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected imported pack (built-in packs stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings you lock on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces in pictures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the pack says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blur faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse pictures with faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap the robot&apos;s speed (0–255):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent&apos;s consent must be noted before a student uses the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete students&apos; pictures at the end of each lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer learns from your pictures. Shortcut: Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural network: learns a rule from your pictures. Nearest examples: finds your pictures that look most alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the model looks at every picture while learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step the model takes each time it corrects itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also learn from flipped, zoomed, darker and brighter copies of your pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model sees now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence is how sure the model is. Below this line it says “not sure” instead of guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not sure” below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyView</name>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking closely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model said “%1”. Here is why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red areas pushed the answer most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture of “%1”, %2% alike</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is an absolute path; a pack may only hold relative paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; points outside the pack folder or is not a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a valid file name on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has a file type that packs may not contain (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is larger than {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack has more than {count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is larger than {mb} MB unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; appears twice (names differ only in capitals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has a file name that is not UTF-8: &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a symbolic link; packs may not contain links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is compressed suspiciously well (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged: &quot;{name}&quot; has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name &quot;{name}&quot; is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has scripts, DTDs or outside links; only plain SVG drawings are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack.yaml is not at the top of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be unpacked ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a readable .zip file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a built-in pack already uses the id &quot;{id}&quot;; change the id in pack.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not install the pack in {folder} ({detail}); close anything that uses it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not allowed; write the value out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid id: use letters, digits, &quot;-&quot; and &quot;_&quot; (up to 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is &quot;{value}&quot;; it must be one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of {low} to {high} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be [min, max] with ages from 6 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must start with front matter: a line &quot;---&quot;, YAML lines, then another &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check &quot;{id}&quot; is not used by any check step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz &quot;{id}&quot; is not used by any quiz step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has {found} &quot;## &quot; step headings but &quot;steps&quot; lists {expected} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must name at least one {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no {what} with the id &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step id &quot;{id}&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;{kind}&quot; step cannot have &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;{kind}&quot; step needs &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teacher step must be the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check id &quot;{id}&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of a &quot;{kind}&quot; check must be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quiz id &quot;{id}&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;answer&quot; lists the same option twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;single&quot; quiz needs exactly one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no imported pack &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack.yaml is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack.yaml is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version of Oyla reads schema_version {supported}; the pack has {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits and &quot;-&quot; (2 to 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must look like 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &quot;{name}&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson folder &quot;{name}&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson sets faces: {lesson} but pack.yaml locks faces to {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is {here} here but {there} in lesson.en.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson pack {pack} has {count} problem(s); the first: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the first &quot;## &quot; step heading is not shown; move it under a step heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step heading is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;{src}&quot; must be a .png, .jpg or .svg file inside the lesson folder (a relative path, no web address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;{src}&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher settings are not valid: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained network is not installed (package {package}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained network file {path} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained network could not be started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} picture(s) showed a face and were not saved: faces are not allowed here. Take them again without a face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs one subfolder of pictures per class, at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no trained model yet. Train it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is damaged: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make at least two classes before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class {name} has no pictures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kit} kit has no action &quot;{action}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit file {file} is not valid: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown robot kit &quot;{kit}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot on {port} did not answer &quot;{command}&quot; within {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot on {port} restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot on {port} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board on {port} does not answer like Oyla firmware. Upload the Oyla firmware to it (Robot page → Upload firmware).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no serial port {port}. Is the robot plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port {port} is busy or not allowed: close the Arduino IDE or any serial monitor using it (on Linux, join the &quot;dialout&quot; group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the port {port}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the robot on {port}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot sent a line Oyla does not understand: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot on {port} was unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the robot on {port} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid robot command {command}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot command must be one line of at most {limit} plain ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board answered HELLO with &quot;{line}&quot;: it is not running Oyla firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board speaks robot protocol {found}, this Oyla speaks {wanted}: upload the firmware that comes with this Oyla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual robot is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent must be given by the student or a parent, not {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too large ({size} bytes, at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oyla will not delete {file}: it is outside the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be deleted: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting {name} has a wrong value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a sample of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be a class name: use up to 40 letters, digits or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a reserved word on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a project in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Oyla project (no project.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made by a newer Oyla. Please update Oyla to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname can be at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname has characters that cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with the id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname &quot;{name}&quot; is already taken on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} camera is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face detector needs OpenCV, which is not installed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face detector data ({file}) is missing. Oyla needs OpenCV 4.x (opencv-python-headless&lt;5); OpenCV {version} does not include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face detector data could not be read: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture shows a face. Faces are not allowed here: take it again without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a picture Oyla can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {name} has no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a video Oyla can play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no more frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {index} is not connected or another program is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {index} stopped sending pictures. Is it unplugged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is not an Oyla progress file (not UTF-8 JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is not an Oyla progress file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: unsupported schema_version {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the student is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the nickname is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: &quot;packs&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the pack &quot;{id}&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the lesson &quot;{id}&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the progress of lesson &quot;{id}&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no held-out pictures to test. Add more pictures (at least 2 per class) and train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware was written but the board read back something else (verification failed at byte {where}). Try again; if it keeps failing, try another USB cable or board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no serial port {port}. Is the board plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port {port} is busy or not allowed: close the Arduino IDE, any serial monitor and Oyla&apos;s own robot connection (on Linux, join the &quot;dialout&quot; group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board on {port} is not an Arduino Uno or Nano (ATmega328P): Oyla&apos;s firmware is for those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board on {port} did not answer at {baud} baud. Check the port; older boards and most Nanos need 57600 baud; or press the board&apos;s reset button just as the upload starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file {file} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oyla cannot find avrdude, the tool that uploads firmware to an Arduino. Install the Arduino IDE (it includes avrdude) and try again. Or upload the Oyla sketch with the Arduino IDE itself: open oyla_bot.ino, choose Tools → Board → Arduino Uno and your port, then press Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start avrdude ({tool}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled. Upload again before using the robot: its firmware may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload to {port} did not finish within {seconds} s. Unplug the board, plug it in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>The model is trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a &quot;nothing&quot; class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &quot;nothing&quot; (background) class with its own samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ran the robustness test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the robustness test on your model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your model drove the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive the robot with your model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your model card is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the model card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your samples are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your samples in My data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {have} classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {have} classes; add classes until you have at least {need}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add classes and collect at least {need} samples for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class has at least {need} samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &quot;{name}&quot; has {have} samples; every class needs at least {need}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test your model on held-out samples first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out accuracy is {have}% (at least {need}% needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out accuracy is {have}%; it needs to be at least {need}%. More varied samples usually help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a confidence threshold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your confidence threshold is {have}; set it to at least {need}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your confidence threshold is {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right! {explain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. The right answers: {right}. {explain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. The right answer: {right}. {explain}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
