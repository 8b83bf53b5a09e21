<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Pick a class on the left, then hold its record button or hold Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
        <source>The camera is off.</source>
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
        <source>Open a project folder</source>
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
        <source>Also learn from flipped, zoomed, darker and brighter copies</source>
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
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an Oyla progress file: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a progress file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported schema_version {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nickname is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;packs&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack &quot;{id}&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &quot;{id}&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress of lesson &quot;{id}&quot; is not valid</source>
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
