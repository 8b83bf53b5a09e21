<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ArenaView</name>
    <message>
        <source>Virtual robot arena</source>
        <translation>Виртуалды робот алаңы</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Манипулятор</translation>
    </message>
    <message>
        <source>LED</source>
        <translation>Жарықдиод</translation>
    </message>
    <message>
        <source>Buzzer</source>
        <translation>Дыбыс</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>үнсіз</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Гц</translation>
    </message>
    <message>
        <source>Wheels: %1 / %2</source>
        <translation>Доңғалақтар: %1 / %2</translation>
    </message>
    <message>
        <source>Stopped by the watchdog</source>
        <translation>Күзетші таймер тоқтатты</translation>
    </message>
    <message>
        <source>Bump!</source>
        <translation>Соғылды!</translation>
    </message>
    <message>
        <source>No virtual robot connected.</source>
        <translation>Виртуалды робот қосылмаған.</translation>
    </message>
</context>
<context>
    <name>BackboneService</name>
    <message>
        <source>Oyla could not load its picture model, so it cannot learn or recognise pictures now (%1). Restart Oyla; if this happens again, tell your teacher.</source>
        <translation>Oyla сурет моделін жүктей алмады, сондықтан қазір үйрене де, суретті тани да алмайды (%1). Oyla-ны қайта іске қосыңыз; тағы қайталанса, мұғалімге айтыңыз.</translation>
    </message>
</context>
<context>
    <name>CameraGate</name>
    <message>
        <source>The camera is off because consent was taken back. To use it again, open My data and press “Give consent…”.</source>
        <translation>Келісім қайтарылып алынғандықтан камера өшірулі. Оны қайта қолдану үшін «Менің деректерім» бөлімін ашып, «Келісім беру…» батырмасын бас.</translation>
    </message>
    <message>
        <source>The camera is off until your teacher notes your parent&apos;s or guardian&apos;s consent for you on the Teacher page.</source>
        <translation>Мұғалімің «Мұғалім» бетінде ата-анаңның не қамқоршыңның келісімін белгілегенше камера өшірулі.</translation>
    </message>
    <message>
        <source>The camera is off: your teacher asks for a parent&apos;s consent. Choose your name on the Lessons page; your teacher notes each student&apos;s parent&apos;s consent.</source>
        <translation>Камера өшірулі: мұғалімің ата-ананың келісімін сұрайды. «Сабақтар» бетінде атыңды таңда; әр оқушының ата-анасының келісімін мұғалім белгілейді.</translation>
    </message>
    <message>
        <source>The camera is off until you read how Oyla uses it and agree: open My data and press “Give consent…”.</source>
        <translation>Oyla камераны қалай пайдаланатынын оқып, келіскенше камера өшірулі тұрады: «Менің деректерім» бөлімін ашып, «Келісім беру…» батырмасын бас.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Mirror</source>
        <translation>Айна</translation>
    </message>
    <message>
        <source>Show the picture like a mirror. The model sees the same either way.</source>
        <translation>Суретті айнадағыдай көрсету. Модель екі жағдайда да бірдей көреді.</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Қатыру</translation>
    </message>
    <message>
        <source>Stop the picture to look at one prediction closely.</source>
        <translation>Бір болжамды мұқият қарау үшін суретті тоқтату.</translation>
    </message>
    <message>
        <source>Demo camera shows:</source>
        <translation>Демо камера көрсетеді:</translation>
    </message>
    <message>
        <source>Fist</source>
        <translation>Жұдырық</translation>
    </message>
    <message>
        <source>Open hand</source>
        <translation>Алақан</translation>
    </message>
    <message>
        <source>Two fingers</source>
        <translation>Екі саусақ</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ештеңе</translation>
    </message>
    <message>
        <source>Make the demo camera show: %1</source>
        <translation>Демо камера көрсетсін: %1</translation>
    </message>
    <message>
        <source>Demo camera (no webcam needed)</source>
        <translation>Демо камера (веб-камерасыз)</translation>
    </message>
    <message>
        <source>Webcam %1</source>
        <translation>Веб-камера %1</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Бейне файл…</translation>
    </message>
    <message>
        <source>Folder of pictures…</source>
        <translation>Суреттер қалтасы…</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Бейнені таңда</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm)</source>
        <translation>Бейнелер (*.mp4 *.avi *.mov *.mkv *.webm)</translation>
    </message>
    <message>
        <source>Choose a folder of pictures</source>
        <translation>Суреттер қалтасын таңда</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera picture</source>
        <translation>Камерадағы сурет</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Камера өшірулі.</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Камера қосулы</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Model card</source>
        <translation>Модель картасы</translation>
    </message>
    <message>
        <source>Oyla writes the numbers. Add in your own words, a few words each:</source>
        <translation>Сандарды Oyla жазады. Өз сөзіңмен, әрқайсысына бірнеше сөзбен қос:</translation>
    </message>
    <message>
        <source>What is your model for?</source>
        <translation>Моделің не үшін керек?</translation>
    </message>
    <message>
        <source>What must it not be used for?</source>
        <translation>Оны не үшін пайдалануға болмайды?</translation>
    </message>
    <message>
        <source>Where, and for whom, may it fail? (What did the red team find?)</source>
        <translation>Ол қай жерде және кім үшін қателесуі мүмкін? (Қызыл команда не тапты?)</translation>
    </message>
</context>
<context>
    <name>ClassCard</name>
    <message>
        <source>Hold to record</source>
        <translation>Жазу үшін
басып тұр</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, to take about 10 pictures a second.</source>
        <translation>Секундына 10-ға жуық сурет түсіру үшін осы батырманы немесе Space пернесін басып тұр.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Add picture files or folders. You can also drop them on this card.</source>
        <translation>Сурет файлдарын не қалталарын қос. Оларды осы карточкаға сүйреп әкелуге де болады.</translation>
    </message>
    <message>
        <source>“Nothing” class: pictures with no sign at all.</source>
        <translation>«Ештеңе» санаты: ешқандай ишарасы жоқ суреттер.</translation>
    </message>
    <message>
        <source>More for this class</source>
        <translation>Санаттың басқа әрекеттері</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Not the “nothing” class</source>
        <translation>«Ештеңе» белгісін алып тастау</translation>
    </message>
    <message>
        <source>Make it the “nothing” class</source>
        <translation>«Ештеңе» санаты деп белгілеу</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Санатты жою</translation>
    </message>
    <message>
        <source>Delete selected pictures</source>
        <translation>Таңдалған суреттерді жою</translation>
    </message>
    <message>
        <source>Blur the faces in the selected pictures</source>
        <translation>Таңдалған суреттердегі беттерді бұлдырату</translation>
    </message>
    <message>
        <source>This picture seems to show a face. Faces are personal data; Oyla doesn&apos;t need them. Blur it or remove it?</source>
        <translation>Бұл суретте бет бар сияқты. Бет — дербес деректер, Oyla-ға ол керек емес. Бұлдырату ма, әлде жою ма?</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures seem to show a face. Faces are personal data; Oyla doesn&apos;t need them. Blur them or remove them?</source>
        <translation>
            <numerusform>%n суретте бет бар сияқты. Бет — дербес деректер, Oyla-ға ол керек емес. Оларды бұлдырату ма, әлде жою ма?</numerusform>
            <numerusform>%n суретте бет бар сияқты. Бет — дербес деректер, Oyla-ға ол керек емес. Оларды бұлдырату ма, әлде жою ма?</numerusform>
        </translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Бұлдырату</translation>
    </message>
    <message>
        <source>Blur the face so nobody can be recognised. The picture stays.</source>
        <translation>Ешкім танылмайтындай етіп бетті бұлдырату. Сурет сақталады.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete these pictures from the project.</source>
        <translation>Бұл суреттерді жобадан жою.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n сурет</numerusform>
            <numerusform>%n сурет</numerusform>
        </translation>
    </message>
    <message>
        <source>face</source>
        <translation>бет</translation>
    </message>
    <message>
        <source>This picture seems to show a face.</source>
        <translation>Бұл суретте бет бар сияқты.</translation>
    </message>
</context>
<context>
    <name>ClassList</name>
    <message>
        <source>+ Add a class</source>
        <translation>+ Санат қосу</translation>
    </message>
    <message>
        <source>A class is one kind of thing the computer should learn to tell apart.</source>
        <translation>Санат — компьютер ажыратуды үйренуі керек нәрсенің бір түрі.</translation>
    </message>
    <message>
        <source>Start here: add a class for each sign or object you want the computer to recognise, for example “fist” and “open hand”.</source>
        <translation>Осыдан баста: компьютер тануы керек әр ишара не зат үшін санат қос, мысалы, «жұдырық» пен «алақан».</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Robot:</source>
        <translation>Робот:</translation>
    </message>
    <message>
        <source>Virtual robot (on screen)</source>
        <translation>Виртуалды робот</translation>
    </message>
    <message>
        <source>Plug the robot&apos;s USB cable in: it appears in this list by itself.</source>
        <translation>Роботтың USB кабелін жалға: ол бұл тізімде өзі пайда болады.</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Манипулятор</translation>
    </message>
    <message>
        <source>Lights and sound</source>
        <translation>Жарық пен дыбыс</translation>
    </message>
    <message>
        <source>Upload firmware</source>
        <translation>Бағдарламаны жүктеу</translation>
    </message>
    <message>
        <source>Put the Oyla program on the selected Arduino board (takes a few seconds).</source>
        <translation>Oyla бағдарламасын таңдалған Arduino платасына жазу (бірнеше секунд алады).</translation>
    </message>
    <message>
        <source>Uno (115200)</source>
        <translation>Uno (115200)</translation>
    </message>
    <message>
        <source>Nano / older board (57600)</source>
        <translation>Nano / ескі плата (57600)</translation>
    </message>
    <message>
        <source>If the upload cannot reach the board, try the other speed.</source>
        <translation>Жүктеу платаға жетпесе, басқа жылдамдықты байқап көр.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Ажырату</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Жүктеуді тоқтату</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Қосылмаған.</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>жүру</translation>
    </message>
    <message>
        <source>servos</source>
        <translation>серво</translation>
    </message>
    <message>
        <source>LED</source>
        <translation>жарықдиод</translation>
    </message>
    <message>
        <source>beep</source>
        <translation>дыбыс</translation>
    </message>
    <message>
        <source>virtual robot</source>
        <translation>виртуалды робот</translation>
    </message>
    <message>
        <source>Connected to %1: Oyla firmware %2, kit “%3”, can %4.</source>
        <translation>Қосылды: %1, Oyla %2, түрі «%3»: %4.</translation>
    </message>
    <message>
        <source>A board was plugged in: %1. Press Connect.</source>
        <translation>Плата жалғанды: %1. «Қосылу» батырмасын бас.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Қосылып жатыр: %1…</translation>
    </message>
    <message>
        <source>This board&apos;s firmware says its kit is “%1”.</source>
        <translation>Бұл платаның микробағдарламасы бойынша робот түрі — «%1».</translation>
    </message>
    <message>
        <source>Uploading the Oyla firmware to %1… do not unplug the board.</source>
        <translation>Oyla микробағдарламасы жүктелуде (%1)… платаны ажыратпа.</translation>
    </message>
    <message>
        <source>Firmware uploaded in %1 s. Connecting…</source>
        <translation>Микробағдарлама %1 с ішінде жүктелді. Қосылып жатыр…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Oyla and your camera</source>
        <translation>Oyla және сенің камераң</translation>
    </message>
    <message>
        <source>Before you start: Oyla and your camera</source>
        <translation>Бастамас бұрын: Oyla және сенің камераң</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the camera is for.&lt;/b&gt; In the Studio you teach the computer to recognise signs and objects, for example a fist or an open hand. For that, Oyla takes pictures with the camera while you hold the record button. The camera is only on while a page that shows it is open, and then you see a red “Camera on” sign.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where the pictures go.&lt;/b&gt; Only into this folder on this computer. Oyla never uses the internet and sends nothing anywhere:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Камера не үшін керек.&lt;/b&gt; Студияда сен компьютерге ишаралар мен заттарды, мысалы, жұдырықты немесе ашық алақанды тануды үйретесің. Ол үшін жазу батырмасын басып тұрғанда Oyla камерамен сурет түсіреді. Камера тек ол көрсетілетін бет ашық тұрғанда ғана қосулы болады, сонда сен қызыл «Камера қосулы» белгісін көресің.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Суреттер қайда сақталады.&lt;/b&gt; Тек осы компьютердегі мына қалтаға. Oyla интернетті ешқашан пайдаланбайды және ешқайда ештеңе жібермейді:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Faces are not needed.&lt;/b&gt; Point the camera at your hands or at things, not at people. Oyla looks for faces in every picture: it marks them so you can blur them or remove them, or blurs them itself if your teacher asks for that.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You decide.&lt;/b&gt; On the My data page you can see everything Oyla keeps, export it, delete it, and take back your consent at any time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Бет керек емес.&lt;/b&gt; Камераны адамдарға емес, қолыңа немесе заттарға бағытта. Oyla әр суреттен бет іздейді: сен оны бұлдырата не жоя алуың үшін белгілейді, ал мұғалімің сұраса, өзі бұлдыратады.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Шешімді сен қабылдайсың.&lt;/b&gt; «Менің деректерім» бөлімінде Oyla сақтайтынның бәрін көріп, экспорттап, жоя аласың, әрі келісіміңді кез келген уақытта кері қайтарып ала аласың.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I have read this and I agree that Oyla uses the camera like this.</source>
        <translation>Мен мұны оқыдым және Oyla камераны осылай пайдаланатынына келісемін.</translation>
    </message>
    <message>
        <source>A parent or guardian is giving this consent.</source>
        <translation>Бұл келісімді ата-ана немесе қамқоршы беріп отыр.</translation>
    </message>
    <message>
        <source>Your teacher asks for your parent&apos;s or guardian&apos;s consent too. Your teacher records it on the Teacher page; until then the camera stays off.</source>
        <translation>Мұғалімің ата-анаңның не қамқоршыңның да келісімін сұрайды. Оны мұғалім «Мұғалім» бетінде белгілейді; оған дейін камера өшірулі тұрады.</translation>
    </message>
    <message>
        <source>Not now (camera stays off)</source>
        <translation>Қазір емес (камера өшірулі қалады)</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Келісемін</translation>
    </message>
    <message>
        <source>Tick “I have read this” above first.</source>
        <translation>Алдымен жоғарыдағы «Мен мұны оқыдым» белгісін қой.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>%1 — parent&apos;s consent received %2</source>
        <translation>%1 — ата-ана келісімі алынды %2</translation>
    </message>
    <message>
        <source>Students on this computer: parent&apos;s consent</source>
        <translation>Осы компьютердегі оқушылар: ата-ананың келісімі</translation>
    </message>
    <message>
        <source>Tick a student when their parent or guardian has agreed to camera use (parent&apos;s consent received). The date is noted.</source>
        <translation>Оқушының ата-анасы не қамқоршысы камераны қолдануға келіскенде, оны белгілеңіз (ата-ана келісімі алынды). Күні жазылады.</translation>
    </message>
    <message>
        <source>No students yet. Students add their name or nickname on the Lessons page (no password, no photo).</source>
        <translation>Әзірге оқушы жоқ. Оқушылар атын немесе лақап атын «Сабақтар» бетінде қосады (құпиясөзсіз, фотосыз).</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>My data</source>
        <translation>Менің деректерім</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Everything Oyla keeps is in one folder on this computer. Nothing is sent anywhere: Oyla never uses the internet.</source>
        <translation>Oyla сақтайтынның бәрі осы компьютердегі бір қалтада. Ештеңе ешқайда жіберілмейді: Oyla интернетті ешқашан пайдаланбайды.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Кімдікі</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Суреттер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>No projects yet. The pictures you take or add in the Studio will be listed here.</source>
        <translation>Әзірге жоба жоқ. Студияда түсірген не қосқан суреттерің осында көрсетіледі.</translation>
    </message>
    <message>
        <source>Without this, the zip file has the project&apos;s settings and its trained model, but no pictures.</source>
        <translation>Бұлсыз zip файлында жобаның баптаулары мен оқытылған моделі болады, бірақ суреттер болмайды.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>Жобаны жою…</translation>
    </message>
    <message>
        <source>Students on this computer</source>
        <translation>Осы компьютердегі оқушылар</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Лақап ат</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Сабақ үлгерімі</translation>
    </message>
    <message>
        <source>No student profiles. A profile (a nickname only) is made on the Lessons page.</source>
        <translation>Оқушы профилі жоқ. Профиль (тек лақап ат) «Сабақтар» бетінде жасалады.</translation>
    </message>
    <message>
        <source>Delete student…</source>
        <translation>Оқушыны жою…</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Бәрін жою…</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>ортақ</translation>
    </message>
    <message>
        <source>a deleted student</source>
        <translation>жойылған оқушы</translation>
    </message>
    <message>
        <source>Looking at what Oyla keeps…</source>
        <translation>Oyla не сақтайтынын қарап жатыр…</translation>
    </message>
    <message>
        <source>Export with pictures</source>
        <translation>Суреттерімен экспорттау</translation>
    </message>
    <message>
        <source>Camera consent</source>
        <translation>Камераға келісім</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 in total&lt;/b&gt; · %2 · %3&lt;br&gt;Lesson packs from the teacher: %4 (%5) · files Oyla can make again (cache): %6</source>
        <translation>&lt;b&gt;Барлығы %1&lt;/b&gt; · %2 · %3&lt;br&gt;Мұғалімнің сабақтар жинақтары: %4 (%5) · Oyla қайта жасай алатын файлдар (кэш): %6</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n жоба</numerusform>
            <numerusform>%n жоба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student profile(s)</source>
        <translation>
            <numerusform>%n оқушы профилі</numerusform>
            <numerusform>%n оқушы профилі</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be read: %1</source>
        <translation>Кейбір файлдар оқылмады: %1</translation>
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation>ата-ана немесе қамқоршы</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>оқушы</translation>
    </message>
    <message>
        <source>The camera may be used: consent was given by %1 on %2.</source>
        <translation>Камераны пайдалануға болады: келісімді %2 күні %1 берді.</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Келісімді кері қайтару…</translation>
    </message>
    <message>
        <source>No consent is recorded on this computer, so the camera stays off. Read how Oyla uses the camera and agree to switch it on.</source>
        <translation>Бұл компьютерде келісім тіркелмеген, сондықтан камера өшірулі тұр. Оны қосу үшін Oyla камераны қалай пайдаланатынын оқып, келісім бер.</translation>
    </message>
    <message>
        <source>Give consent…</source>
        <translation>Келісім беру…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>“%1”: %2, %3, %4 on disk</source>
        <translation>«%1»: %2, %3, дискіде %4</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n сурет</numerusform>
            <numerusform>%n сурет</numerusform>
        </translation>
    </message>
    <message>
        <source>a trained model</source>
        <translation>оқытылған модель бар</translation>
    </message>
    <message>
        <source>no trained model</source>
        <translation>оқытылған модель жоқ</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <source>Delete the project %1?

Its folder is removed from this computer with every picture, the model and the numbers computed from the pictures. This cannot be undone.</source>
        <translation>%1 жобасын жою керек пе?

Оның қалтасы барлық суретімен, моделімен және суреттерден есептелген сандарымен бірге осы компьютерден жойылады. Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>The project “%1” was deleted.</source>
        <translation>«%1» жобасы жойылды.</translation>
    </message>
    <message>
        <source>• no projects</source>
        <translation>• жоба жоқ</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>Оқушыны жою</translation>
    </message>
    <message>
        <source>Delete the student “%1”?

This removes their profile, %2 of lesson progress, their consent record, and these projects:
%3

This cannot be undone.</source>
        <translation>«%1» оқушысын жою керек пе?

Оның профилі, сабақ үлгерімі (%2), келісім жазбасы және мына жобалары жойылады:
%3

Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>The student “%1” and their data were deleted.</source>
        <translation>«%1» оқушысы және оның деректері жойылды.</translation>
    </message>
    <message>
        <source>%1, %2, %3, the cache, the consent record and the settings: %4 in the folder %5</source>
        <translation>%1, %2, %3, кэш, келісім жазбасы және баптаулар: %5 қалтасындағы %4</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson pack(s)</source>
        <translation>
            <numerusform>%n сабақтар жинағы</numerusform>
            <numerusform>%n сабақтар жинағы</numerusform>
        </translation>
    </message>
    <message>
        <source> (the teacher&apos;s locks and PIN stay)</source>
        <translation> (мұғалімнің құлыптары мен PIN-коды қалады)</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Бәрін жою</translation>
    </message>
    <message>
        <source>Delete everything Oyla keeps on this computer?

This removes %1.

This cannot be undone.</source>
        <translation>Oyla осы компьютерде сақтайтынның бәрін жою керек пе?

Мыналар жойылады: %1.

Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Everything Oyla kept was deleted.</source>
        <translation>Oyla сақтаған барлық нәрсе жойылды.</translation>
    </message>
    <message>
        <source>Export a project</source>
        <translation>Жобаны экспорттау</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip файлдары (*.zip)</translation>
    </message>
    <message>
        <source>Exported with pictures to %1</source>
        <translation>Суреттерімен экспортталды: %1</translation>
    </message>
    <message>
        <source>Exported without pictures to %1</source>
        <translation>Суреттерсіз экспортталды: %1</translation>
    </message>
    <message>
        <source>Consent was withdrawn and everything Oyla kept was deleted.</source>
        <translation>Келісім кері қайтарылды және Oyla сақтаған барлық нәрсе жойылды.</translation>
    </message>
    <message>
        <source>Consent was withdrawn. The camera is off; your data is kept.</source>
        <translation>Келісім кері қайтарылды. Камера өшірулі; деректерің сақталды.</translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Солға</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Оңға</translation>
    </message>
    <message>
        <source>Forward left</source>
        <translation>Алға-солға</translation>
    </message>
    <message>
        <source>Forward right</source>
        <translation>Алға-оңға</translation>
    </message>
    <message>
        <source>Spin</source>
        <translation>Айналу</translation>
    </message>
    <message>
        <source>Honk</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқта</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Ортаға</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Қызыл</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Көк</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Сары</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Ақ</translation>
    </message>
    <message>
        <source>Lights off</source>
        <translation>Жарықты сөндіру</translation>
    </message>
    <message>
        <source>Beep</source>
        <translation>Дыбыс</translation>
    </message>
    <message>
        <source>Drive the robot with your model</source>
        <translation>Роботты моделіңмен басқар</translation>
    </message>
    <message>
        <source>Sure at least</source>
        <translation>Сенімділік ≥</translation>
    </message>
    <message>
        <source>Frames in a row</source>
        <translation>Қатарынан кадр</translation>
    </message>
    <message>
        <source>Obstacle closer than</source>
        <translation>Кедергі жақын болса:</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>Train a model in the Studio first.</source>
        <translation>Алдымен Студияда модельді оқыт.</translation>
    </message>
    <message>
        <source>When the camera sees a class, the robot does its action:</source>
        <translation>Камера көрген санат → роботтың әрекеті:</translation>
    </message>
    <message>
        <source>The robot would not drive forwards: its distance sensor gives no reading.</source>
        <translation>Робот алға жүрмеді: қашықтық датчигі ештеңе көрсетпейді.</translation>
    </message>
    <message>
        <source>The robot would not drive forwards: its obstacle stop sees something %1 cm ahead.</source>
        <translation>Робот алға жүрмеді: кедергіде тоқтау алдында %1 см жерде бір нәрсені көрді.</translation>
    </message>
    <message>
        <source>The robot only acts when the model is at least this sure.</source>
        <translation>Робот модель кемінде осыншалық сенімді болғанда ғана әрекет етеді.</translation>
    </message>
    <message>
        <source>The same class must win this many camera frames in a row before the robot acts. More frames: calmer but slower.</source>
        <translation>Робот әрекет етпес бұрын бір санат осынша кадр қатарынан жеңуі керек. Кадр көп болса — робот сабырлы, бірақ баяу.</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Жылдамдық шегі</translation>
    </message>
    <message>
        <source>The fastest the motors may turn (0–255).</source>
        <translation>Моторлар бұдан жылдам айналмайды (0–255).</translation>
    </message>
    <message>
        <source>What the robot was told, and why:</source>
        <translation>Роботқа не айтылды және неге:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ештеңе)</translation>
    </message>
    <message>
        <source>This robot has no distance sensor.</source>
        <translation>Бұл роботта қашықтық датчигі жоқ.</translation>
    </message>
    <message>
        <source>Connect a robot with a distance sensor to use this rule.</source>
        <translation>Бұл ережені қолдану үшін қашықтық датчигі бар роботты қос.</translation>
    </message>
    <message>
        <source>When something in front of the robot is closer than this, the robot does this action instead of the class&apos;s action. Compare the rule with your model!</source>
        <translation>Робот алдындағы зат осы қашықтықтан жақын болса, робот санаттың әрекетінің орнына осы әрекетті жасайды. Ережені өз моделіңмен салыстыр!</translation>
    </message>
    <message>
        <source>Your teacher set the top speed to at most %1.</source>
        <translation>Мұғалімің жылдамдықты ең көбі %1 етіп шектеді.</translation>
    </message>
    <message>
        <source>Stop deploying</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Start deploying</source>
        <translation>Бастау</translation>
    </message>
    <message>
        <source>Deployed: the robot follows what the camera sees.</source>
        <translation>Іске қосылды: робот камера көргенге қарай әрекет етеді.</translation>
    </message>
    <message>
        <source>Not deployed.</source>
        <translation>Іске қосылмаған.</translation>
    </message>
    <message>
        <source>%1 → sent %2, because an obstacle is %3 cm ahead (the rule, instead of “%4”)</source>
        <translation>%1 → %2 жіберілді, себебі алда %3 см жерде кедергі бар (ереже, «%4» орнына)</translation>
    </message>
    <message>
        <source>%1 → sent %2, because “%3” is %4% sure for %5 frames in a row</source>
        <translation>%1 → %2 жіберілді, себебі «%3» %5 кадр қатарынан %4% сенімді</translation>
    </message>
    <message>
        <source>%1 → nothing sent now (%2): the robot stops by itself in half a second</source>
        <translation>%1 → қазір ештеңе жіберілмеді (%2): робот жарты секундтан соң өзі тоқтайды</translation>
    </message>
    <message>
        <source>STOP → sent STOP (%1). Nothing moves until you start again.</source>
        <translation>ТОҚТА → STOP жіберілді (%1). Қайта бастағанша ештеңе қозғалмайды.</translation>
    </message>
    <message>
        <source>Started: commands flow only while the model is sure.</source>
        <translation>Басталды: командалар модель сенімді кезде ғана жіберіледі.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Мәселе: %1</translation>
    </message>
    <message>
        <source>the model is not sure</source>
        <translation>модель сенімді емес</translation>
    </message>
    <message>
        <source>waiting to see “%1” for enough frames</source>
        <translation>«%1» жеткілікті кадр бойы көрінуін күтуде</translation>
    </message>
    <message>
        <source>“%1” has no action</source>
        <translation>«%1» үшін әрекет жоқ</translation>
    </message>
</context>
<context>
    <name>DetectiveView</name>
    <message>
        <source>As taken</source>
        <translation>Түсірілгендей</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Қараңғырақ</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Жарығырақ</translation>
    </message>
    <message>
        <source>Flipped</source>
        <translation>Айналы</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>Жылжытылған</translation>
    </message>
    <message>
        <source>Background blurred</source>
        <translation>Фоны бұлдыр</translation>
    </message>
    <message>
        <source>Shortcut detective</source>
        <translation>Төте жол детективі</translation>
    </message>
    <message>
        <source>We changed your pictures and asked test models that had never seen them (made the same way as your model). If they get much worse when only the light or the background changes, your model learned a shortcut instead of your sign.</source>
        <translation>Суреттеріңді өзгертіп, оларды ешқашан көрмеген сынақ модельдерінен сұрадық (олар сенің модельің сияқты жасалған). Тек жарық не фон өзгергенде олар әлдеқайда нашар жұмыс істесе, сенің модельің ишараңның орнына төте жолды үйренген.</translation>
    </message>
    <message>
        <source>Blue: how often it was right. Orange: how sure it was of the right answer.</source>
        <translation>Көк: қаншалықты жиі дұрыс болды. Қызғылт сары: дұрыс жауапқа қаншалықты сенімді болды.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Тексеруде…</translation>
    </message>
    <message>
        <source>Shortcut found! With “%1” it is right only %2% of the time. Record more pictures with different light and backgrounds.</source>
        <translation>Төте жол табылды! «%1» кезінде ол тек %2% жағдайда дұрыс. Әртүрлі жарық пен фонда көбірек сурет түсір.</translation>
    </message>
    <message>
        <source>No big shortcut found in these tests. Try it on other people&apos;s hands too.</source>
        <translation>Бұл сынақтарда үлкен төте жол табылмады. Басқа адамдардың қолында да байқап көр.</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Test results</source>
        <translation>Тексеру нәтижелері</translation>
    </message>
    <message>
        <source>Not enough pictures to test the model. Add at least 2 per class.</source>
        <translation>Модельді тексеруге сурет жеткіліксіз. Әр санатқа кемінде 2 сурет қос.</translation>
    </message>
    <message>
        <source>Right on %1% of %2 test pictures</source>
        <translation>%2 тексеру суретінің %1%-ында дұрыс</translation>
    </message>
    <message>
        <source>Held-out pictures: about 15% of each class was kept aside and NOT used for learning, so this is a fair test, like an exam with new questions.</source>
        <translation>Тексеруге бөлінген суреттер: әр санаттың шамамен 15%-ы бөлек қойылып, оқытуға ПАЙДАЛАНЫЛМАДЫ. Сондықтан бұл — жаңа сұрақтары бар емтихан сияқты әділ тексеру.</translation>
    </message>
    <message>
        <source>“%1” has fewer than 10 pictures: the model has too little to learn from, and the test says little.</source>
        <translation>«%1» санатында 10-нан аз сурет бар: модельге үйренетін нәрсе тым аз, ал тексеру аз нәрсе айтады.</translation>
    </message>
    <message>
        <source>“%1” has more than twice as many pictures as another class: the model may learn to guess it too often.</source>
        <translation>«%1» санатында басқа санаттан екі еседен көп сурет бар: модель оны тым жиі болжайтын болып үйренуі мүмкін.</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the real class, columns are what the model said. Click a number to see those pictures.</source>
        <translation>Қателер матрицасы: жолдар — нақты санат, бағандар — модельдің жауабы. Сол суреттерді көру үшін санды бас.</translation>
    </message>
    <message>
        <source>Most confidently wrong pictures</source>
        <translation>Ең сенімді қателер</translation>
    </message>
    <message>
        <source>Your classes have few pictures, so the test had %1 rounds. In each round a few pictures were kept aside, a model learnt from the others and was then tested on the ones it had NOT seen. Every picture was tested once: right on %2% of %3 pictures.</source>
        <translation>Санаттарыңда сурет аз, сондықтан тексеру %1 кезеңнен тұрды. Әр кезеңде бірнеше сурет бөлек қойылды, модель қалғандарынан үйренді, содан кейін өзі КӨРМЕГЕН суреттерде тексерілді. Әр сурет бір рет тексерілді: %3 суреттің %2%-ында дұрыс.</translation>
    </message>
    <message>
        <source>We tested on %1 pictures the model had NOT seen (they were kept aside, like an exam with new questions): right on %2%.</source>
        <translation>Модель КӨРМЕГЕН %1 суретте тексердік (олар жаңа сұрақтары бар емтихандағыдай бөлек қойылған еді): %2%-ында дұрыс.</translation>
    </message>
    <message>
        <source>Then the model learnt from all %1 pictures, so the model you use now has seen every one of them. The test above tells how well it does on new pictures.</source>
        <translation>Содан кейін модель барлық %1 суреттен үйренді, сондықтан қазір қолданып отырған модель олардың бәрін көрген. Жоғарыдағы тексеру оның жаңа суреттерде қаншалықты жақсы жұмыс істейтінін көрсетеді.</translation>
    </message>
    <message>
        <source>Real “%1”, model said “%2”: %3 picture(s)</source>
        <translation>Шын мәнінде «%1», модель «%2» деді: %3 сурет</translation>
    </message>
    <message>
        <source>No wrong answers on the test pictures. Try it on new pictures too!</source>
        <translation>Тексеру суреттерінде қате жауап жоқ. Жаңа суреттерде де байқап көр!</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Adding pictures: %v of %m</source>
        <translation>Суреттер қосылуда: %v / %m</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Сурет қосу</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Some files are not pictures and were skipped: %1</source>
        <translation>Кейбір файлдар сурет емес, олар өткізіп жіберілді: %1</translation>
    </message>
</context>
<context>
    <name>InsightBar</name>
    <message>
        <source>Test results</source>
        <translation>Тексеру нәтижелері</translation>
    </message>
    <message>
        <source>How often the model is right on pictures it did not learn from.</source>
        <translation>Модель өзі үйренбеген суреттерде қаншалықты жиі дұрыс жауап береді.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Неге?</translation>
    </message>
    <message>
        <source>Which of your pictures look most alike, and where the model looked.</source>
        <translation>Суреттеріңнің қайсысы ең ұқсас және модель қайда қарады.</translation>
    </message>
    <message>
        <source>Shortcut detective</source>
        <translation>Төте жол детективі</translation>
    </message>
    <message>
        <source>Does the model still work in other light, flipped or moved?</source>
        <translation>Модель басқа жарықта, айналдырылғанда не жылжытылғанда да жұмыс істей ме?</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Модель картасы</translation>
    </message>
    <message>
        <source>A printable page about your model: what it knows and its limits.</source>
        <translation>Моделің туралы басып шығаруға болатын парақ: ол не біледі және оның шектеулері.</translation>
    </message>
    <message>
        <source>With my pictures</source>
        <translation>Суреттеріммен</translation>
    </message>
    <message>
        <source>Put some of your pictures in the model card. Leave it off to keep them private.</source>
        <translation>Модель картасына бірнеше суретіңді қос. Оларды жасырын ұстау үшін мұны өшірулі қалдыр.</translation>
    </message>
    <message>
        <source>Model card: {name}</source>
        <translation>Модель картасы: {name}</translation>
    </message>
    <message>
        <source>Made on {date} with Oyla {version}.</source>
        <translation>{date} күні Oyla {version} арқылы жасалды.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ол не істейді</translation>
    </message>
    <message>
        <source>It looks at a camera picture and says which of these classes it shows: {classes}.</source>
        <translation>Ол камера суретіне қарап, онда мына санаттардың қайсысы бар екенін айтады: {classes}.</translation>
    </message>
    <message>
        <source>What it learned from</source>
        <translation>Ол неден үйренді</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Суреттер</translation>
    </message>
    <message>
        <source>{total} pictures taken by the student. {held} of them were kept aside to test the model.</source>
        <translation>Оқушы {total} сурет түсірген. Оның ішінде {held} сурет модельді тексеру үшін бөліп қойылды.</translation>
    </message>
    <message>
        <source>How good it is</source>
        <translation>Ол қаншалықты жақсы</translation>
    </message>
    <message>
        <source>Right in the test</source>
        <translation>Тестте дұрыс</translation>
    </message>
    <message>
        <source>{total} pictures taken by the student.</source>
        <translation>Оқушы түсірген {total} сурет.</translation>
    </message>
    <message>
        <source>How it was tested: the pictures were split into {k} groups. {k} times, a test model learnt from all groups but one and then guessed the pictures of that one group, which it had never seen. So each of the {tested} tested pictures was guessed by a model that had not learnt it.</source>
        <translation>Қалай тексерілді: суреттер {k} топқа бөлінді. {k} рет сынақ моделі бір топтан басқа барлық топтан үйреніп, сосын өзі ешқашан көрмеген сол бір топтың суреттерін тапты. Сөйтіп тексерілген {tested} суреттің әрқайсысын оны үйренбеген модель тапты.</translation>
    </message>
    <message>
        <source>How it was tested: {tested} pictures were kept aside. A test model learnt from the other pictures and then guessed these {tested}, which it had never seen.</source>
        <translation>Қалай тексерілді: {tested} сурет бөлек қойылды. Сынақ моделі қалған суреттерден үйреніп, сосын өзі ешқашан көрмеген осы {tested} суретті тапты.</translation>
    </message>
    <message>
        <source>After the test, the model you use learnt from all {pictures} pictures.</source>
        <translation>Тексеруден кейін сен қолданатын модель барлық {pictures} суреттен үйренді.</translation>
    </message>
    <message>
        <source>After the test, the model you use learnt from all {pictures} pictures, plus {copies} slightly changed copies of them.</source>
        <translation>Тексеруден кейін сен қолданатын модель барлық {pictures} суреттен және олардың сәл өзгертілген {copies} көшірмесінен үйренді.</translation>
    </message>
    <message>
        <source>In the test, on pictures it had never seen, the test model was right {accuracy} of the time.</source>
        <translation>Тестте сынақ моделі өзі ешқашан көрмеген суреттерде {accuracy} жағдайда дұрыс болды.</translation>
    </message>
    <message>
        <source>There were too few pictures to test it.</source>
        <translation>Оны тексеруге сурет тым аз болды.</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: the real class, columns: what the model said)</source>
        <translation>Қателер матрицасы (жолдар: нақты санат, бағандар: модельдің жауабы)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Әлі іске қосылмаған.</translation>
    </message>
    <message>
        <source>Known limits</source>
        <translation>Белгілі шектеулер</translation>
    </message>
    <message>
        <source>It only knows these classes. Shown anything else, it still picks one of them — unless it is “not sure”.</source>
        <translation>Ол тек осы санаттарды біледі. Басқа нәрсе көрсетсе де, ол бәрібір солардың бірін таңдайды — егер «сенімді емес» болмаса.</translation>
    </message>
    <message>
        <source>It learned from few pictures, taken by one person in one room: other hands, light or backgrounds may fool it.</source>
        <translation>Ол бір адам бір бөлмеде түсірген аз суреттен үйренді: басқа қолдар, жарық не фон оны алдауы мүмкін.</translation>
    </message>
    <message>
        <source>Being sure is not being right: a high confidence can still be wrong.</source>
        <translation>Сенімді болу — дұрыс болу емес: жоғары сенімділік те қате болуы мүмкін.</translation>
    </message>
    <message>
        <source>It must not be used to make decisions about people.</source>
        <translation>Оны адамдар туралы шешім қабылдау үшін пайдалануға болмайды.</translation>
    </message>
    <message>
        <source>Example pictures</source>
        <translation>Мысал суреттер</translation>
    </message>
    <message>
        <source>In the words of its maker</source>
        <translation>Жасаушысының сөзімен</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Не үшін керек</translation>
    </message>
    <message>
        <source>What it must not be used for</source>
        <translation>Не үшін пайдалануға болмайды</translation>
    </message>
    <message>
        <source>Where and for whom it may fail</source>
        <translation>Қай жерде және кім үшін қателесуі мүмкін</translation>
    </message>
    <message>
        <source>The model card is saved in %1</source>
        <translation>Модель картасы мына жерге сақталды: %1</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Картаны ашу</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Step %1: %2</source>
        <translation>%1-қадам: %2</translation>
    </message>
    <message>
        <source>Goal: %1 · about %2 min</source>
        <translation>Мақсаты: %1 · шамамен %2 мин</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Қадам %1 / %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>Open the Studio for this activity</source>
        <translation>Бұл жаттығу үшін Студияны аш</translation>
    </message>
    <message>
        <source>Open the Robot page for this activity</source>
        <translation>Бұл жаттығу үшін Робот бетін аш</translation>
    </message>
    <message>
        <source>Open the Text lab for this activity</source>
        <translation>Бұл жаттығу үшін Мәтін зертханасын аш</translation>
    </message>
    <message>
        <source>Oyla sets up a project with these classes: %1</source>
        <translation>Oyla мына санаттары бар жоба дайындайды: %1</translation>
    </message>
    <message>
        <source>Do this activity with your class, then press Next.</source>
        <translation>Бұл жаттығуды сыныптастарыңмен орында, сосын «Келесі» батырмасын бас.</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Open the Studio first: there is no project to check yet.</source>
        <translation>Алдымен Студияны аш: әзірге тексеретін жоба жоқ.</translation>
    </message>
    <message>
        <source>Press the button when you are ready: Oyla looks at your project.</source>
        <translation>Дайын болғанда батырманы бас: Oyla жобаңды қарап шығады.</translation>
    </message>
    <message>
        <source>Tick every right answer.</source>
        <translation>Барлық дұрыс жауапты белгіле.</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>Жауаптарымды тексеру</translation>
    </message>
    <message>
        <source>Choose an answer for every question.</source>
        <translation>Әр сұраққа жауап таңда.</translation>
    </message>
    <message>
        <source>◀ All lessons</source>
        <translation>◀ Барлық сабақ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>No lessons yet</source>
        <translation>Әзірге сабақ жоқ</translation>
    </message>
    <message>
        <source>Loading lessons…</source>
        <translation>Сабақтар жүктелуде…</translation>
    </message>
    <message>
        <source>No lesson pack is switched on. Your teacher can import packs and choose which ones you see on the Teacher page.</source>
        <translation>Бірде-бір сабақтар жинағы қосылмаған. Мұғалімің «Мұғалім» бетінде жинақтарды импорттап, қайсысын көретініңді таңдай алады.</translation>
    </message>
    <message>
        <source>faces allowed</source>
        <translation>беттерге рұқсат бар</translation>
    </message>
    <message>
        <source>faces are blurred</source>
        <translation>беттер бұлдыратылады</translation>
    </message>
    <message>
        <source>no faces</source>
        <translation>бетсіз</translation>
    </message>
    <message>
        <source>robot speed at most %1</source>
        <translation>робот жылдамдығы ең көбі %1</translation>
    </message>
    <message>
        <source>your pictures are deleted after each lesson</source>
        <translation>суреттерің әр сабақтан кейін жойылады</translation>
    </message>
    <message>
        <source>Rules for this course: %1</source>
        <translation>Бұл курстың ережелері: %1</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Орындалды</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Орындалған қадам: %1 / %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Басталмаған</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Who are you? Press “New student” and type your name or a nickname — no password, no photo. Then choose a lesson.</source>
        <translation>Сен кімсің? «Жаңа оқушы» батырмасын басып, атыңды не лақап атыңды жаз (құпиясөзсіз, фотосыз). Сосын сабақ таңда.</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Жаңа оқушы</translation>
    </message>
    <message>
        <source>Your name or a nickname (only this — no password, no photo):</source>
        <translation>Атың немесе лақап атың (тек осы — құпиясөз де, фото да жоқ):</translation>
    </message>
    <message>
        <source>Save my progress for the teacher</source>
        <translation>Үлгерімімді мұғалім үшін сақтау</translation>
    </message>
    <message>
        <source>Oyla progress (*.json)</source>
        <translation>Oyla үлгерімі (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Lesson finished. As this lesson asks, your %n picture(s) were deleted.</source>
        <translation>
            <numerusform>Сабақ аяқталды. Осы сабақтың талабы бойынша %n суретің жойылды.</numerusform>
            <numerusform>Сабақ аяқталды. Осы сабақтың талабы бойынша %n суретің жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation>Кім оқып жатыр?</translation>
    </message>
    <message>
        <source>— choose your name —</source>
        <translation>— атыңды таңда —</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>Жаңа оқушы…</translation>
    </message>
    <message>
        <source>Save my progress…</source>
        <translation>Үлгерімімді сақтау…</translation>
    </message>
    <message>
        <source>Save a file with your progress for your teacher (for a USB stick).</source>
        <translation>Мұғалімің үшін үлгерімің жазылған файлды сақта (USB флешкаға).</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курстар</translation>
    </message>
    <message>
        <source>Start the lesson ▶</source>
        <translation>Сабақты бастау ▶</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oyla — think!</source>
        <translation>Oyla — ойла!</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Сабақтар</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Студия</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Робот</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Менің
деректерім</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <source>Text lab</source>
        <translation>Мәтін
зертханасы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Large text (for projectors)</source>
        <translation>Ірі мәтін (проектор үшін)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Save a problem report…</source>
        <translation>Ақау туралы есепті сақтау…</translation>
    </message>
    <message>
        <source>About Oyla</source>
        <translation>Oyla туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Oyla %1&lt;/b&gt; — “think!” in Kazakh.&lt;br&gt;Teach a computer to see, then drive a robot with it.&lt;br&gt;&lt;br&gt;Oyla works without the internet and never opens a network connection. Everything you make stays in one folder on this computer, and you can delete it on the My data page.</source>
        <translation>&lt;b&gt;Oyla %1&lt;/b&gt; — қазақша «ойла!» деген сөз.&lt;br&gt;Компьютерді көруге үйрет, содан кейін онымен роботты басқар.&lt;br&gt;&lt;br&gt;Oyla интернетсіз жұмыс істейді және ешқашан желіге қосылмайды. Сен жасағанның бәрі осы компьютердегі бір қалтада сақталады, оны «Менің деректерім» бөлімінде жоя аласың.</translation>
    </message>
    <message>
        <source>Something went wrong, and Oyla wrote down what happened in its log. If it happens again, tell your teacher: Help → Save a problem report… puts the log in one file (no pictures, no names).</source>
        <translation>Бірдеңе дұрыс болмады, Oyla не болғанын өз журналына жазып қойды. Бұл қайталанса, мұғаліміңе айт: Анықтама → Ақау туралы есепті сақтау… журналды бір файлға жинайды (суреттерсіз, есімдерсіз).</translation>
    </message>
    <message>
        <source>Save a problem report</source>
        <translation>Ақау туралы есепті сақтау</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip файлдары (*.zip)</translation>
    </message>
    <message>
        <source>The problem report is saved in %1

It holds Oyla&apos;s log, the versions and the settings — no pictures and no names. Copy it to a USB stick and give it to whoever looks after Oyla.</source>
        <translation>Ақау туралы есеп мына жерде сақталды: %1

Онда Oyla журналы, нұсқалар мен баптаулар бар — суреттер де, есімдер де жоқ. Оны флешкаға көшіріп, Oyla-ны қарайтын адамға бер.</translation>
    </message>
</context>
<context>
    <name>NextWordPanel</name>
    <message>
        <source>This machine only counts which word follows which in its training text, then writes by picking likely next words. It sounds fluent, but fluent is not true: it repeats its text and knows nothing that was not in it.</source>
        <translation>Бұл машина оқыту мәтінінде қай сөздің қай сөзден кейін келетінін ғана санайды, содан кейін ықтимал келесі сөздерді таңдап жазады. Ол еркін жазады, бірақ еркін жазу — шындық емес: ол өз мәтінін қайталайды және онда жоқ нәрсені білмейді.</translation>
    </message>
    <message>
        <source>1. Train</source>
        <translation>1. Оқыту</translation>
    </message>
    <message>
        <source>Paste a story, song or article here…</source>
        <translation>Мұнда әңгіме, ән немесе мақала қой…</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Оқыту</translation>
    </message>
    <message>
        <source>Count the words of the lesson texts and your text</source>
        <translation>Сабақ мәтіндері мен сенің мәтініңдегі сөздерді санау</translation>
    </message>
    <message>
        <source>Open .txt…</source>
        <translation>Ашу .txt…</translation>
    </message>
    <message>
        <source>Add a plain-text file to the training text (Ctrl+O)</source>
        <translation>Оқыту мәтініне қарапайым мәтін файлын қосу (Ctrl+O)</translation>
    </message>
    <message>
        <source>2. Write word by word</source>
        <translation>2. Сөзбе-сөз жазу</translation>
    </message>
    <message>
        <source>a word or two, or nothing</source>
        <translation>бір-екі сөз немесе ештеңе</translation>
    </message>
    <message>
        <source>Add my text (optional, stays on this computer):</source>
        <translation>Менің мәтінімді қосу (міндетті емес, осы компьютерде қалады):</translation>
    </message>
    <message>
        <source>3. What it wrote</source>
        <translation>3. Не жазды</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>Басы:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Температура:</translation>
    </message>
    <message>
        <source>0: always the most likely word; higher: rarer words more often</source>
        <translation>0: әрқашан ең ықтимал сөз; жоғарырақ: сирек сөздер жиірек</translation>
    </message>
    <message>
        <source>Next word</source>
        <translation>Келесі сөз</translation>
    </message>
    <message>
        <source>Let the machine pick one word (Ctrl+Enter)</source>
        <translation>Машина бір сөз таңдасын (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write 20 words</source>
        <translation>20 сөз жаз</translation>
    </message>
    <message>
        <source>Let the machine pick 20 words (Ctrl+G)</source>
        <translation>Машина 20 сөз таңдасын (Ctrl+G)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Қайта бастау</translation>
    </message>
    <message>
        <source>Copy with &quot;Made with AI&quot; label</source>
        <translation>&quot;ЖИ жасаған&quot; белгісімен көшіру</translation>
    </message>
    <message>
        <source>Copy the text with a line saying a machine wrote it (Ctrl+L)</source>
        <translation>Мәтінді оны машина жазғанын айтатын жолмен көшіру (Ctrl+L)</translation>
    </message>
    <message>
        <source>Made with AI: written by Oyla&apos;s next-word machine. It may be untrue.</source>
        <translation>ЖИ жасаған: мұны Oyla-ның келесі сөз машинасы жазды. Бұл шындыққа сай келмеуі мүмкін.</translation>
    </message>
    <message>
        <source>%1 (0 = always the most likely word)</source>
        <translation>%1 (0 = әрқашан ең ықтимал сөз)</translation>
    </message>
    <message>
        <source>Training text: the lesson texts in %1.</source>
        <translation>Оқыту мәтіні: сабақ мәтіндері, тілі — %1.</translation>
    </message>
    <message>
        <source>Your files: %1</source>
        <translation>Сенің файлдарың: %1</translation>
    </message>
    <message>
        <source>Open a text file</source>
        <translation>Мәтін файлын ашу</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтін файлдары (*.txt)</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Оқытылуда…</translation>
    </message>
    <message>
        <source>Trained in %1 s on %2 words; it knows %3 different words.</source>
        <translation>%1 с ішінде %2 сөзбен оқытылды; ол %3 түрлі сөз біледі.</translation>
    </message>
    <message>
        <source>Copied with the label.</source>
        <translation>Белгісімен көшірілді.</translation>
    </message>
    <message>
        <source>No words yet, so it starts with the most common words (click one to pick it yourself):</source>
        <translation>Әзірге сөз жоқ, сондықтан ол ең жиі кездесетін сөздерден бастайды (өзің таңдау үшін біреуін бас):</translation>
    </message>
    <message>
        <source>Copied word for word from the training text: “%1”</source>
        <translation>Оқыту мәтінінен сөзбе-сөз көшірілді: «%1»</translation>
    </message>
    <message>
        <source>Pick “%1” as the next word</source>
        <translation>Келесі сөз ретінде «%1» таңдау</translation>
    </message>
    <message>
        <source>Train the machine first.</source>
        <translation>Алдымен машинаны оқыт.</translation>
    </message>
    <message>
        <source>Next word after the last two words (click one to pick it yourself):</source>
        <translation>Соңғы екі сөзден кейінгі келесі сөз (өзің таңдау үшін біреуін бас):</translation>
    </message>
    <message>
        <source>Next word after the last word (click one to pick it yourself):</source>
        <translation>Соңғы сөзден кейінгі келесі сөз (өзің таңдау үшін біреуін бас):</translation>
    </message>
    <message>
        <source>It never saw these words together, so it guesses from how common each word is (click one to pick it yourself):</source>
        <translation>Ол бұл сөздерді бірге ешқашан көрмеген, сондықтан әр сөздің қаншалықты жиі кездесетініне қарап болжайды (өзің таңдау үшін біреуін бас):</translation>
    </message>
    <message>
        <source>Press Next word, or click a candidate below.</source>
        <translation>«Келесі сөз» батырмасын бас немесе төмендегі нұсқаның бірін таңда.</translation>
    </message>
    <message>
        <source>Words it never saw, so it knows nothing about them: %1</source>
        <translation>Ол ешқашан көрмеген сөздер, сондықтан олар туралы ештеңе білмейді: %1</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>Teacher PIN</source>
        <translation>Мұғалімнің PIN-коды</translation>
    </message>
    <message>
        <source>A PIN protects this page. It locks again when you leave it or after 5 minutes without use.</source>
        <translation>Бұл бетті PIN-код қорғайды. Беттен шыққанда не 5 минут қолданылмаса, ол қайта құлыпталады.</translation>
    </message>
    <message>
        <source>No PIN: anyone who opens this page can change locks, consent and packs.</source>
        <translation>PIN-код жоқ: бұл бетті ашқан кез келген адам құлыптарды, келісімді және жинақтарды өзгерте алады.</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>PIN-код орнату…</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>PIN-кодты өзгерту…</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>PIN-кодты алып тастау…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Қазір құлыптау</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>The Teacher page is locked</source>
        <translation>«Мұғалім» беті құлыпталған</translation>
    </message>
    <message>
        <source>Set a teacher PIN</source>
        <translation>Мұғалімнің PIN-кодын орнату</translation>
    </message>
    <message>
        <source>Change the teacher PIN</source>
        <translation>Мұғалімнің PIN-кодын өзгерту</translation>
    </message>
    <message>
        <source>Remove the teacher PIN</source>
        <translation>Мұғалімнің PIN-кодын алып тастау</translation>
    </message>
    <message>
        <source>Type the teacher PIN to change locks, consent and lesson packs.</source>
        <translation>Құлыптарды, келісімді және сабақ жинақтарын өзгерту үшін мұғалімнің PIN-кодын теріңіз.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits, so that students cannot change locks, parents&apos; consent or lesson packs. You can also go on without a PIN and set one later.</source>
        <translation>Оқушылар құлыптарды, ата-ана келісімін не сабақ жинақтарын өзгерте алмауы үшін 4–8 цифрдан тұратын PIN-код таңдаңыз. PIN-кодсыз жалғастырып, оны кейін орнатуға да болады.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>4–8 цифрдан тұратын PIN-код таңдаңыз.</translation>
    </message>
    <message>
        <source>Type the PIN you have now, then the new one twice.</source>
        <translation>Қазіргі PIN-кодты, содан кейін жаңасын екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Type the PIN to remove it. Then anyone can open the Teacher page.</source>
        <translation>Алып тастау үшін PIN-кодты теріңіз. Содан кейін «Мұғалім» бетін кез келген адам аша алады.</translation>
    </message>
    <message>
        <source>The file that keeps the teacher PIN is damaged, so the page stays locked.</source>
        <translation>Мұғалімнің PIN-коды сақталған файл бүлінген, сондықтан бет құлыпталып тұрады.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>PIN you have now:</source>
        <translation>Қазіргі PIN-код:</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits):</source>
        <translation>Жаңа PIN-код (4–8 цифр):</translation>
    </message>
    <message>
        <source>The new PIN again:</source>
        <translation>Жаңа PIN-кодты қайта:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN-кодты алып тастау</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>PIN-кодты сақтау</translation>
    </message>
    <message>
        <source>Go on without a PIN</source>
        <translation>PIN-кодсыз жалғастыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Forgot the PIN? Someone with this computer&apos;s account can delete the file %1; then Oyla asks for a new PIN.</source>
        <translation>PIN-кодты ұмыттыңыз ба? Осы компьютердің тіркелгісі бар адам %1 файлын жоя алады; содан кейін Oyla жаңа PIN-код сұрайды.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код 4–8 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>Екі жаңа PIN-код бірдей емес.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>PIN-код қате. %n секундтан кейін қайта көруге болады.</numerusform>
            <numerusform>PIN-код қате. %n секундтан кейін қайта көруге болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-код қате. Қайта көріңіз.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>%1 minutes · ages %2–%3</source>
        <translation>%1 минут · %2–%3 жас</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>[%1] %2 — printed on a page of its own after the teacher notes.</source>
        <translation>[%1] %2 — мұғалімге арналған жазбалардан кейін жеке бетке басылады.</translation>
    </message>
    <message>
        <source>Save the lesson as PDF</source>
        <translation>Сабақты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF дайындалып жатыр…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s): %1</source>
        <translation>
            <numerusform>%n бет сақталды: %1</numerusform>
            <numerusform>%n бет сақталды: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print lesson</source>
        <translation>Сабақты басып шығару</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the lesson as PDF and print it from another one.</source>
        <translation>Бұл компьютерде принтер бапталмаған. Сабақты PDF ретінде сақтап, басқа компьютерден басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Print lesson…</source>
        <translation>Сабақты басып шығару…</translation>
    </message>
    <message>
        <source>Save lesson as PDF…</source>
        <translation>Сабақты PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps, the teacher notes and its printable sheets, on A4 pages.</source>
        <translation>Сабақтың қадамдары, мұғалімге арналған жазбалар және басып шығаруға арналған парақтар — А4 беттерде.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
</context>
<context>
    <name>ProjectBar</name>
    <message>
        <source>Project: %1</source>
        <translation>Жоба: %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Жоба жоқ</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Open a recent project or another project folder.</source>
        <translation>Соңғы жобаны немесе басқа жоба қалтасын ашу.</translation>
    </message>
    <message>
        <source>My project %1</source>
        <translation>Менің жобам %1</translation>
    </message>
    <message>
        <source>Name of the project:</source>
        <translation>Жобаның аты:</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Басқа қалта…</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Көшірменің аты:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (көшірме)</translation>
    </message>
    <message>
        <source>A copy was saved in %1. It is the open project now.</source>
        <translation>Көшірме %1 қалтасына сақталды. Қазір осы көшірме ашық тұр.</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Жоба қалтасын ашу</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Import students&apos; progress files</source>
        <translation>Оқушылардың үлгерім файлдарын импорттау</translation>
    </message>
    <message>
        <source>Oyla progress (*.json)</source>
        <translation>Oyla үлгерімі (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n файл оқылды.</numerusform>
            <numerusform>%n файл оқылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report covers %1 student(s) on this computer and %2 imported progress file(s).</source>
        <translation>Есепте осы компьютердегі %1 оқушы және импортталған %2 үлгерім файлы бар.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Кесте (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-бет (*.html)</translation>
    </message>
    <message>
        <source>Save the class report</source>
        <translation>Сынып есебін сақтау</translation>
    </message>
    <message>
        <source>Class progress — %1</source>
        <translation>Сынып үлгерімі — %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Сынып үлгерімінің есебі</translation>
    </message>
    <message>
        <source>Import progress files…</source>
        <translation>Үлгерімді импорттау…</translation>
    </message>
    <message>
        <source>Choose many files at once, for example from a USB stick.</source>
        <translation>Бірнеше файлды бірден таңдаңыз, мысалы, USB флешкадан.</translation>
    </message>
    <message>
        <source>Forget imported files</source>
        <translation>Импортты ұмыту</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV-ге сақтау…</translation>
    </message>
    <message>
        <source>Save a printable page…</source>
        <translation>Веб-бет сақтау…</translation>
    </message>
</context>
<context>
    <name>RobotPage</name>
    <message>
        <source>STOP</source>
        <translation>ТОҚТА</translation>
    </message>
    <message>
        <source>Stops the robot at once (also Esc or Space).</source>
        <translation>Роботты бірден тоқтатады (Esc не Space пернесі де).</translation>
    </message>
    <message>
        <source>Allow the robot to move again.</source>
        <translation>Роботқа қайта қозғалуға рұқсат беру.</translation>
    </message>
    <message>
        <source>Allow moving again</source>
        <translation>Қозғалуға рұқсат</translation>
    </message>
    <message>
        <source>STOPPED. Nothing moves until you press “Allow moving again”.</source>
        <translation>ТОҚТАТЫЛДЫ. «Қозғалуға рұқсат» батырмасын баспайынша ештеңе қозғалмайды.</translation>
    </message>
    <message>
        <source>A real robot is connected: watch it on your desk! Keep a hand near the STOP button.</source>
        <translation>Нағыз робот қосылды: оны үстелде бақыла! Қолыңды ТОҚТА батырмасының жанында ұста.</translation>
    </message>
    <message>
        <source>Drive by hand (hold a button):</source>
        <translation>Қолмен басқару (басып тұр):</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Қайта бастау</translation>
    </message>
    <message>
        <source>Restart the virtual robot in the middle of the arena.</source>
        <translation>Виртуалды роботты алаңның ортасынан қайта бастау.</translation>
    </message>
    <message>
        <source>Demo camera shows:</source>
        <translation>Демо камера көрсетеді:</translation>
    </message>
    <message>
        <source>Fist</source>
        <translation>Жұдырық</translation>
    </message>
    <message>
        <source>Open hand</source>
        <translation>Алақан</translation>
    </message>
    <message>
        <source>Two fingers</source>
        <translation>Екі саусақ</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ештеңе</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Камера өшірулі.</translation>
    </message>
    <message>
        <source>Sees: %1 (%2%)</source>
        <translation>Көреді: %1 (%2%)</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Сенімді емес</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Әзірге модель жоқ</translation>
    </message>
    <message>
        <source>The robot&apos;s watchdog stopped the motors: no command came for half a second.</source>
        <translation>Роботтың күзетші таймері моторларды тоқтатты: жарты секунд бойы команда келмеді.</translation>
    </message>
    <message>
        <source>The robot restarted.</source>
        <translation>Робот қайта іске қосылды.</translation>
    </message>
    <message>
        <source>The robot is back.</source>
        <translation>Робот қайта жалғанды.</translation>
    </message>
    <message>
        <source>The robot was unplugged. Plug it in again: Oyla reconnects by itself.</source>
        <translation>Робот ажыратылып қалды. Оны қайта жалға: Oyla өзі қайта қосылады.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Мәселе: %1</translation>
    </message>
    <message>
        <source>Train a model in the Studio first.</source>
        <translation>Алдымен Студияда модельді оқыт.</translation>
    </message>
    <message>
        <source>Connect a robot first.</source>
        <translation>Алдымен роботты қос.</translation>
    </message>
    <message>
        <source>Press “Allow moving again” first.</source>
        <translation>Алдымен «Қозғалуға рұқсат» батырмасын бас.</translation>
    </message>
    <message>
        <source>Moving allowed again: the robot may move.</source>
        <translation>Қозғалуға рұқсат берілді: робот қайтадан қозғала алады.</translation>
    </message>
    <message>
        <source>STOP → sent STOP (%1). Nothing moves until you start again.</source>
        <translation>ТОҚТА → STOP жіберілді (%1). Қайта бастағанша ештеңе қозғалмайды.</translation>
    </message>
    <message>
        <source>STOP button</source>
        <translation>ТОҚТА батырмасы</translation>
    </message>
    <message>
        <source>Esc key</source>
        <translation>Esc пернесі</translation>
    </message>
    <message>
        <source>Space key</source>
        <translation>Space пернесі</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>ажыратылды</translation>
    </message>
    <message>
        <source>left the Robot page</source>
        <translation>Робот бетінен шықтың</translation>
    </message>
    <message>
        <source>the model changed</source>
        <translation>модель өзгерді</translation>
    </message>
    <message>
        <source>Stop deploying</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>You pressed %1 → sent %2</source>
        <translation>Басылды: %1 → %2 жіберілді</translation>
    </message>
</context>
<context>
    <name>SensorPanel</name>
    <message>
        <source>Sensors</source>
        <translation>Датчиктер</translation>
    </message>
    <message>
        <source>Obstacle stop:</source>
        <translation>Кедергіде тоқтау:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 см</translation>
    </message>
    <message>
        <source>This robot has no sensors.</source>
        <translation>Бұл роботта датчик жоқ.</translation>
    </message>
    <message>
        <source>Not read while a model drives or STOP is on.</source>
        <translation>Модель басқарып тұрғанда немесе ТОҚТА басылғанда оқылмайды.</translation>
    </message>
    <message>
        <source>Distance ahead: no reading</source>
        <translation>Алдындағы қашықтық: өлшем жоқ</translation>
    </message>
    <message>
        <source>Distance ahead: %1 cm</source>
        <translation>Алдындағы қашықтық: %1 см</translation>
    </message>
    <message>
        <source>Line: –</source>
        <translation>Сызық: –</translation>
    </message>
    <message>
        <source>line</source>
        <translation>сызық</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>еден</translation>
    </message>
    <message>
        <source>Line: left %1, right %2</source>
        <translation>Сызық: сол жақ %1, оң жақ %2</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Телефон нөмірі</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>Банк картасының нөмірі</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Үй мекенжайы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>School and class</source>
        <translation>Мектеп және сынып</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Денсаулық туралы мәлімет</translation>
    </message>
    <message>
        <source>Type or paste what you would send to a chatbot. Oyla marks the personal data in it and says why it matters, in Kazakh, Russian and English.</source>
        <translation>Чат-ботқа жіберер едің дегенді жаз немесе қой. Oyla ондағы дербес деректерді белгілеп, олардың неге маңызды екенін айтады — қазақ, орыс және ағылшын тілдерінде.</translation>
    </message>
    <message>
        <source>Limits: this is a set of patterns, not understanding. It can miss personal data and it can mark harmless things; it marks every name, even a famous person&apos;s. It never sends anything anywhere: the check runs on this computer.</source>
        <translation>Шектеулері: бұл — түсіну емес, үлгілер жиыны. Ол дербес деректерді өткізіп алуы да, зиянсыз нәрсені белгілеуі де мүмкін; ол кез келген есімді, тіпті белгілі адамның есімін де белгілейді. Ол ешқайда ештеңе жібермейді: тексеру осы компьютерде жүреді.</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Хабарламаң:</translation>
    </message>
    <message>
        <source>What was found and why it matters:</source>
        <translation>Не табылды және ол неге маңызды:</translation>
    </message>
    <message>
        <source>Safe version to copy:</source>
        <translation>Көшіруге арналған қауіпсіз нұсқа:</translation>
    </message>
    <message>
        <source>Marks: %1. Change or remove them, or press Make it safe.</source>
        <translation>Белгілер: %1. Оларды өзгерт не өшір, немесе «Қауіпсіз ету» батырмасын бас.</translation>
    </message>
    <message>
        <source>Checked again: marks left: %1.</source>
        <translation>Қайта тексерілді: қалған белгілер: %1.</translation>
    </message>
    <message>
        <source>For example: Hi, I am Aliya Nurlanovna, my phone is +7 701 123 45 67. Help me write a letter to my teacher.</source>
        <translation>Мысалы: Сәлем, мен Әлия Нұрланқызымын, телефоным +7 701 123 45 67. Мұғаліміме хат жазуға көмектесші.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Look for personal data now (Ctrl+Enter). It also checks by itself a moment after you stop typing.</source>
        <translation>Дербес деректерді қазір іздеу (Ctrl+Enter). Жазуды тоқтатқаннан кейін бір сәтте өзі де тексереді.</translation>
    </message>
    <message>
        <source>Make it safe</source>
        <translation>Қауіпсіз ету</translation>
    </message>
    <message>
        <source>Replace every mark with a placeholder such as [NAME] (Ctrl+M)</source>
        <translation>Әр белгіні [АТЫ] сияқты орынбасармен ауыстыру (Ctrl+M)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy the safe version (Ctrl+Shift+C)</source>
        <translation>Қауіпсіз нұсқаны көшіру (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Use as my message</source>
        <translation>Хабарламам ретінде қолдану</translation>
    </message>
    <message>
        <source>Put the safe version into the message box and check it again</source>
        <translation>Қауіпсіз нұсқаны хабарлама өрісіне қойып, қайта тексеру</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>✔ Nothing is marked. Still read it once more yourself: the check can miss things.</source>
        <translation>✔ Ештеңе белгіленбеді. Бәрібір өзің тағы бір рет оқып шық: тексеру бірдеңені өткізіп алуы мүмкін.</translation>
    </message>
    <message>
        <source>Checking the safe version…</source>
        <translation>Қауіпсіз нұсқа тексерілуде…</translation>
    </message>
    <message>
        <source>Checked again: nothing is marked.</source>
        <translation>Қайта тексерілді: ештеңе белгіленбеді.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you need it.</source>
        <translation>Көшірілді. Керек жерге қой.</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Pick a class on the left, then hold its record button or hold Space.</source>
        <translation>Сол жақтан санатты таңда, сосын оның жазу батырмасын немесе Space пернесін басып тұр.</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Камера өшірулі.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Add a class first, then record pictures for it.</source>
        <translation>Алдымен санат қос, содан кейін оған сурет түсір.</translation>
    </message>
    <message>
        <source>Recording into “%1”…</source>
        <translation>«%1» санатына жазылуда…</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Жаңа санат</translation>
    </message>
    <message>
        <source>Name of the class:</source>
        <translation>Санаттың аты:</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Санаттың атын өзгерту</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Жаңа аты:</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Санатты жою</translation>
    </message>
    <message>
        <source>Delete the class “%1” and its %2 pictures?</source>
        <translation>«%1» санатын және оның %2 суретін жою керек пе?</translation>
    </message>
    <message>
        <source>The class “%1” was deleted.</source>
        <translation>«%1» санаты жойылды.</translation>
    </message>
    <message>
        <source>The computer is still getting ready. Try again in a few seconds.</source>
        <translation>Компьютер әлі дайындалып жатыр. Бірнеше секундтан кейін қайталап көр.</translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation>Оқыту тоқтатылды.</translation>
    </message>
    <message>
        <source>Looking at pictures: %1 of %2</source>
        <translation>Суреттерді қарап жатыр: %1 / %2</translation>
    </message>
    <message>
        <source>Learning: round %1 of %2, loss %3</source>
        <translation>Үйреніп жатыр: %1 / %2 айналым, қателік %3</translation>
    </message>
    <message>
        <source>Loss measures how wrong the model still is on your pictures. It should get smaller as it learns.</source>
        <translation>Қателік (loss) модельдің суреттеріңде әлі қаншалықты қателесетінін көрсетеді. Ол үйренген сайын азаюы керек.</translation>
    </message>
    <message>
        <source>Done! On pictures it did not learn from, it was right %1% of the time.</source>
        <translation>Дайын! Ол үйренбеген суреттерде %1% жағдайда дұрыс жауап берді.</translation>
    </message>
    <message>
        <source>Done! Add more pictures to measure how good it is.</source>
        <translation>Дайын! Оның қаншалықты жақсы екенін өлшеу үшін көбірек сурет қос.</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>built-in</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортталған</translation>
    </message>
    <message>
        <source>%1 (%2) — cannot be used: %3</source>
        <translation>%1 (%2) — пайдалануға болмайды: %3</translation>
    </message>
    <message>
        <source>Ticked: students see this pack on the Lessons page.</source>
        <translation>Белгіленсе, оқушылар бұл жинақты «Сабақтар» бетінде көреді.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>рұқсат етілген</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>бұлдыратылады</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>тыйым салынған</translation>
    </message>
    <message>
        <source>faces: %1</source>
        <translation>беттер: %1</translation>
    </message>
    <message>
        <source>robot speed cap: %1</source>
        <translation>робот жылдамдығының шегі: %1</translation>
    </message>
    <message>
        <source>pictures deleted at the end of each lesson</source>
        <translation>суреттер әр сабақтың соңында жойылады</translation>
    </message>
    <message>
        <source>In force while this pack runs: %1</source>
        <translation>Бұл жинақ жұмыс істеп тұрғанда күшінде: %1</translation>
    </message>
    <message>
        <source>This pack locks nothing.</source>
        <translation>Бұл жинақ ештеңені бекітпейді.</translation>
    </message>
    <message>
        <source>Import a lesson pack</source>
        <translation>Сабақтар жинағын импорттау</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Сабақтар жинақтары (*.zip)</translation>
    </message>
    <message>
        <source>Import a lesson pack folder</source>
        <translation>Сабақтар жинағының қалтасын импорттау</translation>
    </message>
    <message>
        <source>Checking and importing “%1”…</source>
        <translation>«%1» тексеріліп, импортталуда…</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… және тағы %1.</translation>
    </message>
    <message>
        <source>Imported “%1” (version %2). Students see it now.</source>
        <translation>«%1» импортталды (%2 нұсқасы). Оқушылар оны қазір көреді.</translation>
    </message>
    <message>
        <source>The pack was not imported; nothing was changed.</source>
        <translation>Жинақ импортталмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Жинақты жою</translation>
    </message>
    <message>
        <source>Remove the imported pack “%1” from this computer? Students&apos; progress stays; you can import it again.</source>
        <translation>Импортталған «%1» жинағын осы компьютерден жою керек пе? Оқушылардың үлгерімі сақталады; жинақты қайта импорттауға болады.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <source>Choose what students see and what is locked, read each lesson&apos;s notes, and collect the class&apos;s progress.</source>
        <translation>Оқушылар нені көретінін және нені бекітетінін таңдаңыз, әр сабақтың жазбаларын оқыңыз, сыныптың үлгерімін жинаңыз.</translation>
    </message>
    <message>
        <source>Lesson packs students see</source>
        <translation>Оқушылар көретін жинақтар</translation>
    </message>
    <message>
        <source>Import a pack (.zip)…</source>
        <translation>.zip импорттау…</translation>
    </message>
    <message>
        <source>Import a pack folder…</source>
        <translation>Қалтаны импорттау…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the selected imported pack (built-in packs stay).</source>
        <translation>Таңдалған импортталған жинақты жою (кірістірілген жинақтар қалады).</translation>
    </message>
    <message>
        <source>Settings you lock on this computer</source>
        <translation>Осы компьютерде бекітілетін баптаулар</translation>
    </message>
    <message>
        <source>Faces in pictures:</source>
        <translation>Суреттердегі беттер:</translation>
    </message>
    <message>
        <source>as the pack says</source>
        <translation>жинақта көрсетілгендей</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>рұқсат ету</translation>
    </message>
    <message>
        <source>blur faces</source>
        <translation>беттерді бұлдырату</translation>
    </message>
    <message>
        <source>refuse pictures with faces</source>
        <translation>беті бар суретке тыйым</translation>
    </message>
    <message>
        <source>Cap the robot&apos;s speed (0–255):</source>
        <translation>Робот жылдамдығының шегі (0–255):</translation>
    </message>
    <message>
        <source>A parent&apos;s consent must be noted before a student uses the camera</source>
        <translation>Камераға ата-ананың келісімі белгіленуі керек</translation>
    </message>
    <message>
        <source>Delete students&apos; pictures at the end of each lesson</source>
        <translation>Сабақ соңында оқушы суреттерін жою</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Мұғалімге арналған жазба</translation>
    </message>
</context>
<context>
    <name>TextLabPage</name>
    <message>
        <source>Text lab</source>
        <translation>Мәтін зертханасы</translation>
    </message>
    <message>
        <source>Share check</source>
        <translation>Жіберер алдында тексеру</translation>
    </message>
    <message>
        <source>What may I tell a chatbot? (Ctrl+Tab switches tabs)</source>
        <translation>Чат-ботқа не айтуға болады? (Ctrl+Tab қойындыны ауыстырады)</translation>
    </message>
    <message>
        <source>Next-word machine</source>
        <translation>Келесі сөз машинасы</translation>
    </message>
    <message>
        <source>How does a machine write text? (Ctrl+Tab switches tabs)</source>
        <translation>Машина мәтінді қалай жазады? (Ctrl+Tab қойындыны ауыстырады)</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>Train</source>
        <translation>Оқыту</translation>
    </message>
    <message>
        <source>Train the model</source>
        <translation>Модельді оқыту</translation>
    </message>
    <message>
        <source>The computer learns from your pictures. Shortcut: Ctrl+T</source>
        <translation>Компьютер сенің суреттеріңнен үйренеді. Пернелер тіркесімі: Ctrl+T</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Қосымша баптаулар</translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation>Нейрондық желі</translation>
    </message>
    <message>
        <source>Nearest examples</source>
        <translation>Ең жақын мысалдар</translation>
    </message>
    <message>
        <source>Neural network: learns a rule from your pictures. Nearest examples: finds your pictures that look most alike.</source>
        <translation>Нейрондық желі: суреттеріңнен ереже үйренеді. Ең жақын мысалдар: суреттеріңнің ішінен ең ұқсастарын табады.</translation>
    </message>
    <message>
        <source>Kind of model</source>
        <translation>Модель түрі</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохалар</translation>
    </message>
    <message>
        <source>How many times the model looks at every picture while learning.</source>
        <translation>Оқыту кезінде модель әр суретті неше рет қарайды.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Оқыту жылдамдығы</translation>
    </message>
    <message>
        <source>How big a step the model takes each time it corrects itself.</source>
        <translation>Модель өзін түзеткен сайын қаншалықты үлкен қадам жасайды.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Топтама өлшемі</translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each correction.</source>
        <translation>Әр түзетудің алдында модель неше суретті қарайды.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Аугментация</translation>
    </message>
    <message>
        <source>Also learn from flipped, zoomed, slightly turned, darker and brighter copies of your pictures.</source>
        <translation>Суреттеріңнің айналдырылған, үлкейтілген, сәл бұрылған, қараңғырақ және жарығырақ көшірмелерінен де үйрену.</translation>
    </message>
    <message>
        <source>What the model sees now</source>
        <translation>Модель қазір не көріп тұр</translation>
    </message>
    <message>
        <source>Confidence is how sure the model is. Below this line it says “not sure” instead of guessing.</source>
        <translation>Сенімділік — модельдің қаншалықты сенімді екені. Осы сызықтан төмен болса, ол болжамның орнына «сенімді емес» дейді.</translation>
    </message>
    <message>
        <source>“Not sure” below %1%</source>
        <translation>«Сенімді емес» &lt; %1%</translation>
    </message>
    <message>
        <source>Copies for training: %1 of %2</source>
        <translation>Оқытуға көшірмелер: %2 ішінен %1</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Әзірге модель жоқ</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Сенімді емес</translation>
    </message>
</context>
<context>
    <name>WhyView</name>
    <message>
        <source>Why?</source>
        <translation>Неге?</translation>
    </message>
    <message>
        <source>Looking closely…</source>
        <translation>Мұқият қарап жатыр…</translation>
    </message>
    <message>
        <source>The model said “%1”. Here is why:</source>
        <translation>Модель «%1» деді. Міне, неге:</translation>
    </message>
    <message>
        <source>Red areas pushed the answer most.</source>
        <translation>Жауапқа қызыл аймақтар көбірек әсер етті.</translation>
    </message>
    <message>
        <source>Your picture of “%1”, %2% alike</source>
        <translation>«%1» суретің, %2% ұқсас</translation>
    </message>
</context>
<context>
    <name>WithdrawBox</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Келісімді кері қайтару</translation>
    </message>
    <message>
        <source>Withdraw your consent to using the camera? The camera is switched off until someone agrees again.

You can also delete everything Oyla keeps: %1.</source>
        <translation>Камераны пайдалануға берген келісіміңді кері қайтарасың ба? Біреу қайта келіскенше камера өшірулі болады.

Oyla сақтайтынның бәрін де жоюға болады: %1.</translation>
    </message>
    <message>
        <source>Withdraw and delete everything</source>
        <translation>Қайтарып, бәрін жою</translation>
    </message>
    <message>
        <source>Withdraw, keep my data</source>
        <translation>Қайтарып, деректерімді сақтау</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is an absolute path; a pack may only hold relative paths</source>
        <translation>«{name}» — абсолют жол; жинақта тек салыстырмалы жолдар болуы мүмкін</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; points outside the pack folder or is not a valid name</source>
        <translation>«{name}» жинақ қалтасынан тыс жерді көрсетеді немесе жарамды атау емес</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a valid file name on Windows</source>
        <translation>«{name}» — Windows жүйесінде жарамсыз файл аты</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has a file type that packs may not contain (allowed: {allowed})</source>
        <translation>«{name}» файлының түріне жинақта рұқсат жоқ (рұқсат етілгендер: {allowed})</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is larger than {mb} MB</source>
        <translation>«{name}» {mb} МБ-тан үлкен</translation>
    </message>
    <message>
        <source>the pack has more than {count} files</source>
        <translation>жинақта {count} файлдан көп бар</translation>
    </message>
    <message>
        <source>the pack is larger than {mb} MB unpacked</source>
        <translation>жинақ ашылған күйде {mb} МБ-тан үлкен</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; appears twice (names differ only in capitals)</source>
        <translation>«{name}» екі рет кездеседі (атаулар тек бас әріптерімен ерекшеленеді)</translation>
    </message>
    <message>
        <source>the archive has a file name that is not UTF-8: &quot;{name}&quot;</source>
        <translation>архивте UTF-8 емес файл аты бар: «{name}»</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a symbolic link; packs may not contain links</source>
        <translation>«{name}» — символдық сілтеме; жинақта сілтемелер болмауы керек</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a regular file</source>
        <translation>«{name}» — кәдімгі файл емес</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is encrypted</source>
        <translation>«{name}» шифрланған</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is compressed suspiciously well (a zip bomb?)</source>
        <translation>«{name}» күдікті түрде тым жақсы сығылған (zip бомба ма?)</translation>
    </message>
    <message>
        <source>the archive is damaged: &quot;{name}&quot; has the wrong size</source>
        <translation>архив зақымдалған: «{name}» өлшемі дұрыс емес</translation>
    </message>
    <message>
        <source>the file name &quot;{name}&quot; is not UTF-8</source>
        <translation>«{name}» файл аты UTF-8 емес</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not UTF-8 text</source>
        <translation>«{name}» — UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is refused ({detail}): only plain SVG drawings are allowed, without scripts, links, animations or DTDs</source>
        <translation>«{name}» қабылданбады ({detail}): тек қарапайым SVG суреттері рұқсат етіледі — скрипттерсіз, сілтемелерсіз, анимацияларсыз және DTD-сыз</translation>
    </message>
    <message>
        <source>pack.yaml is not at the top of the archive</source>
        <translation>pack.yaml архивтің жоғарғы деңгейінде емес</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be unpacked ({detail})</source>
        <translation>«{name}» файлын архивтен шығару мүмкін емес ({detail})</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; does not exist</source>
        <translation>«{name}» жоқ</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a pack folder or a .zip file</source>
        <translation>«{name}» жинақ қалтасы да, .zip файлы да емес</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a readable .zip file ({detail})</source>
        <translation>«{name}» — оқылатын .zip файл емес ({detail})</translation>
    </message>
    <message>
        <source>a built-in pack already uses the id &quot;{id}&quot;; change the id in pack.yaml</source>
        <translation>«{id}» идентификаторын кірістірілген жинақ пайдаланып қойған; pack.yaml ішіндегі id-ді өзгертіңіз</translation>
    </message>
    <message>
        <source>could not install the pack in {folder} ({detail}); close anything that uses it and try again</source>
        <translation>жинақты {folder} қалтасына орнату мүмкін болмады ({detail}); оны пайдаланып тұрған бағдарламаларды жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>YAML синтаксис қатесі: {problem}</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation>YAML тым терең кірістірілген</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not allowed; write the value out</source>
        <translation>YAML якорьлары мен сілтемелеріне (&amp; және *) рұқсат жоқ; мәнді толық жазыңыз</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears more than once</source>
        <translation>«{key}» кілті бірнеше рет кездеседі</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a mapping (key: value lines)</source>
        <translation>«{key}» сөздік болуы керек («кілт: мән» жолдары)</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; (allowed: {allowed})</source>
        <translation>белгісіз кілт «{key}» (рұқсат етілгендер: {allowed})</translation>
    </message>
    <message>
        <source>missing required key &quot;{key}&quot;</source>
        <translation>міндетті «{key}» кілті жоқ</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be non-empty text</source>
        <translation>«{key}» бос емес мәтін болуы керек</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; has a control character (such as an escape sequence) that cannot be shown</source>
        <translation>«{key}» ішінде көрсетуге болмайтын басқару таңбасы бар (мысалы, escape-тізбек)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid id: use letters, digits, &quot;-&quot; and &quot;_&quot; (up to 64)</source>
        <translation>«{value}» — жарамсыз id: әріптерді, цифрларды, «-» және «_» таңбаларын пайдаланыңыз (ең көбі 64)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}</source>
        <translation>«{key}» бүтін сан болуы керек (ең кемі {low}, ең көбі {high})</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a number from {low} to {high}</source>
        <translation>«{key}» сан болуы керек (ең кемі {low}, ең көбі {high})</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>«{key}» true немесе false болуы керек</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is &quot;{value}&quot;; it must be one of: {choices}</source>
        <translation>«{key}» мәні «{value}»; ол мыналардың бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of {low} to {high} items</source>
        <translation>«{key}» тізім болуы керек (элементтер саны: {low}–{high})</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be [min, max] with ages from 6 to 99</source>
        <translation>«{key}» [min, max] түрінде болуы керек, жасы 6–99 аралығында</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <source>the file has {lines} lines, more than {limit}</source>
        <translation>файлда {lines} жол бар, бұл {limit} жолдан көп</translation>
    </message>
    <message>
        <source>the file must start with front matter: a line &quot;---&quot;, YAML lines, then another &quot;---&quot;</source>
        <translation>файл front matter бөлігінен басталуы керек: «---» жолы, YAML жолдары, содан кейін тағы «---»</translation>
    </message>
    <message>
        <source>the front matter is empty</source>
        <translation>front matter бос</translation>
    </message>
    <message>
        <source>check &quot;{id}&quot; is not used by any check step</source>
        <translation>«{id}» тексеруі ешбір тексеру қадамында пайдаланылмаған</translation>
    </message>
    <message>
        <source>quiz &quot;{id}&quot; is not used by any quiz step</source>
        <translation>«{id}» викторинасы ешбір викторина қадамында пайдаланылмаған</translation>
    </message>
    <message>
        <source>the text has {found} &quot;## &quot; step headings but &quot;steps&quot; lists {expected} steps</source>
        <translation>мәтінде «## » қадам тақырыптары {found}, ал «steps» тізімінде {expected} қадам бар</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must name at least one {what}</source>
        <translation>«{key}» кемінде бір {what} атауын көрсетуі керек</translation>
    </message>
    <message>
        <source>there is no {what} with the id &quot;{id}&quot;</source>
        <translation>«{id}» идентификаторы бар {what} жоқ</translation>
    </message>
    <message>
        <source>the step id &quot;{id}&quot; is used twice</source>
        <translation>«{id}» қадам идентификаторы екі рет пайдаланылған</translation>
    </message>
    <message>
        <source>a &quot;{kind}&quot; step cannot have &quot;{key}&quot;</source>
        <translation>«{kind}» қадамында «{key}» болмауы керек</translation>
    </message>
    <message>
        <source>a &quot;{kind}&quot; step needs &quot;{key}&quot;</source>
        <translation>«{kind}» қадамына «{key}» керек</translation>
    </message>
    <message>
        <source>the teacher step must be the last step</source>
        <translation>мұғалім қадамы соңғы қадам болуы керек</translation>
    </message>
    <message>
        <source>the check id &quot;{id}&quot; is used twice</source>
        <translation>«{id}» тексеру идентификаторы екі рет пайдаланылған</translation>
    </message>
    <message>
        <source>the value of a &quot;{kind}&quot; check must be true</source>
        <translation>«{kind}» тексеруінің мәні true болуы керек</translation>
    </message>
    <message>
        <source>the quiz id &quot;{id}&quot; is used twice</source>
        <translation>«{id}» викторина идентификаторы екі рет пайдаланылған</translation>
    </message>
    <message>
        <source>&quot;answer&quot; lists the same option twice</source>
        <translation>«answer» ішінде бір нұсқа екі рет көрсетілген</translation>
    </message>
    <message>
        <source>a &quot;single&quot; quiz needs exactly one answer</source>
        <translation>«single» викторинасында дәл бір жауап болуы керек</translation>
    </message>
    <message>
        <source>There is no imported pack &quot;{id}&quot;</source>
        <translation>«{id}» деген импортталған жинақ жоқ</translation>
    </message>
    <message>
        <source>pack.yaml is missing</source>
        <translation>pack.yaml жоқ</translation>
    </message>
    <message>
        <source>pack.yaml is empty</source>
        <translation>pack.yaml бос</translation>
    </message>
    <message>
        <source>this version of Oyla reads schema_version {supported}; the pack has {value}</source>
        <translation>Oyla-ның бұл нұсқасы schema_version {supported} оқиды; жинақта {value}</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits and &quot;-&quot; (2 to 64 characters)</source>
        <translation>«id» кіші әріптерден, цифрлардан және «-» таңбасынан тұруы керек (2–64 таңба)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must look like 1.0.0</source>
        <translation>«version» 1.0.0 сияқты болуы керек</translation>
    </message>
    <message>
        <source>the lesson &quot;{name}&quot; is listed twice</source>
        <translation>«{name}» сабағы екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the lesson folder &quot;{name}&quot; does not exist</source>
        <translation>«{name}» сабақ қалтасы жоқ</translation>
    </message>
    <message>
        <source>a lesson may hold at most {count} pictures</source>
        <translation>бір сабақта ең көбі {count} сурет болуы мүмкін</translation>
    </message>
    <message>
        <source>this drawing is refused ({detail}): only plain SVG drawings are allowed, without scripts, links, animations or DTDs</source>
        <translation>бұл сурет қабылданбады ({detail}): тек қарапайым SVG суреттері рұқсат етіледі — скрипттерсіз, сілтемелерсіз, анимацияларсыз және DTD-сыз</translation>
    </message>
    <message>
        <source>this is not a PNG or JPEG picture Oyla can read</source>
        <translation>бұл Oyla оқи алатын PNG немесе JPEG суреті емес</translation>
    </message>
    <message>
        <source>this picture is {width}×{height} pixels; at most {limit} megapixels are allowed</source>
        <translation>бұл сурет {width}×{height} пиксель; ең көбі {limit} мегапиксельге рұқсат етіледі</translation>
    </message>
    <message>
        <source>the lesson sets faces: {lesson} but pack.yaml locks faces to {pack}</source>
        <translation>сабақта faces: {lesson}, бірақ pack.yaml беттер үшін {pack} мәнін бекітеді</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is {here} here but {there} in lesson.en.md</source>
        <translation>«{key}» мұнда {here}, бірақ lesson.en.md ішінде {there}</translation>
    </message>
    <message>
        <source>The lesson pack {pack} has {count} problem(s); the first: {first}</source>
        <translation>{pack} сабақтар жинағында {count} мәселе бар; біріншісі: {first}</translation>
    </message>
    <message>
        <source>text before the first &quot;## &quot; step heading is not shown; move it under a step heading</source>
        <translation>бірінші «## » қадам тақырыбына дейінгі мәтін көрсетілмейді; оны қадам тақырыбының астына жылжытыңыз</translation>
    </message>
    <message>
        <source>a step heading is empty</source>
        <translation>қадам тақырыбы бос</translation>
    </message>
    <message>
        <source>this step is {size} bytes long, more than {limit}; split it into several steps</source>
        <translation>бұл қадамның көлемі {size} байт, бұл {limit} байттан көп; оны бірнеше қадамға бөліңіз</translation>
    </message>
    <message>
        <source>this table has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns are allowed</source>
        <translation>бұл кестеде {rows} жол және {columns} баған бар; ең көбі {max_rows} жол және {max_columns} баған болуы мүмкін</translation>
    </message>
    <message>
        <source>image &quot;{src}&quot; must be a .png, .jpg or .svg file inside the lesson folder (a relative path, no web address)</source>
        <translation>«{src}» суреті сабақ қалтасындағы .png, .jpg немесе .svg файлы болуы керек (салыстырмалы жол, веб-мекенжай емес)</translation>
    </message>
    <message>
        <source>image &quot;{src}&quot; does not exist</source>
        <translation>«{src}» суреті жоқ</translation>
    </message>
    <message>
        <source>This lesson step is too long to show ({size} bytes, at most {limit}).</source>
        <translation>Сабақтың бұл қадамы көрсетуге тым ұзын ({size} байт, ең көбі {limit}).</translation>
    </message>
    <message>
        <source>The teacher settings are not valid: {what}</source>
        <translation>Мұғалім баптаулары жарамсыз: {what}</translation>
    </message>
    <message>
        <source>The pretrained network is not installed (package {package}).</source>
        <translation>Алдын ала оқытылған желі орнатылмаған ({package} пакеті).</translation>
    </message>
    <message>
        <source>The pretrained network file {path} is missing.</source>
        <translation>Алдын ала оқытылған желінің {path} файлы жоқ.</translation>
    </message>
    <message>
        <source>The pretrained network could not be started: {reason}</source>
        <translation>Алдын ала оқытылған желіні іске қосу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} файлына жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{count} picture(s) showed a face and were not saved: faces are not allowed here. Take them again without a face.</source>
        <translation>{count} суретте бет болды, сондықтан олар сақталмады: мұнда бетке рұқсат жоқ. Оларды бетсіз қайта түсір.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>{path} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>{path} needs one subfolder of pictures per class, at least two.</source>
        <translation>{path} ішінде әр санатқа бір суреттер қалтасы болуы керек, кемінде екеу.</translation>
    </message>
    <message>
        <source>Training gave a model that cannot be used ({why}); the previous model was kept.</source>
        <translation>Оқыту пайдалануға болмайтын модель берді ({why}); алдыңғы модель сақталды.</translation>
    </message>
    <message>
        <source>The model could not be saved in {path}: {reason}</source>
        <translation>Модельді {path} ішіне сақтау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>This project has no trained model yet. Train it first.</source>
        <translation>Бұл жобада әлі оқытылған модель жоқ. Алдымен оны оқыт.</translation>
    </message>
    <message>
        <source>The file {file} is damaged: {why}</source>
        <translation>{file} файлы зақымдалған: {why}</translation>
    </message>
    <message>
        <source>Make at least two classes before training.</source>
        <translation>Оқытудан бұрын кемінде екі санат жаса.</translation>
    </message>
    <message>
        <source>The class {name} has no pictures yet.</source>
        <translation>{name} санатында әлі сурет жоқ.</translation>
    </message>
    <message>
        <source>The {kit} kit has no action &quot;{action}&quot;.</source>
        <translation>«{kit}» робот түрінде «{action}» әрекеті жоқ.</translation>
    </message>
    <message>
        <source>The kit file {file} is not valid: {what}</source>
        <translation>{file} робот түрінің файлы жарамсыз: {what}</translation>
    </message>
    <message>
        <source>Unknown robot kit &quot;{kit}&quot;.</source>
        <translation>Белгісіз робот түрі: «{kit}».</translation>
    </message>
    <message>
        <source>The robot on {port} did not answer &quot;{command}&quot; within {seconds} s.</source>
        <translation>{port} портындағы робот «{command}» командасына {seconds} с ішінде жауап бермеді.</translation>
    </message>
    <message>
        <source>The robot on {port} restarted.</source>
        <translation>{port} портындағы робот қайта іске қосылды.</translation>
    </message>
    <message>
        <source>The robot on {port} is not connected.</source>
        <translation>{port} портындағы робот қосылмаған.</translation>
    </message>
    <message>
        <source>The board on {port} does not answer like Oyla firmware. Upload the Oyla firmware to it (Robot page → Upload firmware).</source>
        <translation>{port} портындағы плата Oyla микробағдарламасы сияқты жауап бермейді. Оған Oyla микробағдарламасын жүкте (Робот беті → Бағдарламаны жүктеу).</translation>
    </message>
    <message>
        <source>There is no serial port {port}. Is the robot plugged in?</source>
        <translation>{port} сериялық порты жоқ. Робот жалғанған ба?</translation>
    </message>
    <message>
        <source>The port {port} is busy or not allowed: close the Arduino IDE or any serial monitor using it (on Linux, join the &quot;dialout&quot; group).</source>
        <translation>{port} порты бос емес немесе оған рұқсат жоқ: Arduino IDE-ні немесе оны пайдаланып тұрған кез келген сериялық мониторды жап (Linux-та «dialout» тобына қосыл).</translation>
    </message>
    <message>
        <source>Cannot open the port {port}: {reason}</source>
        <translation>{port} портын ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the robot on {port}: {reason}</source>
        <translation>{port} портындағы роботқа жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The robot sent a line Oyla does not understand: {line}</source>
        <translation>Робот Oyla түсінбейтін жол жіберді: {line}</translation>
    </message>
    <message>
        <source>The robot on {port} was unplugged.</source>
        <translation>{port} портындағы робот ажыратылып қалды.</translation>
    </message>
    <message>
        <source>The link to the robot on {port} is closed.</source>
        <translation>{port} портындағы роботпен байланыс жабық.</translation>
    </message>
    <message>
        <source>Invalid robot command {command}: {reason}</source>
        <translation>Жарамсыз робот командасы {command}: {reason}</translation>
    </message>
    <message>
        <source>A robot command must be one line of at most {limit} plain ASCII characters.</source>
        <translation>Робот командасы ең көбі {limit} қарапайым ASCII таңбасынан тұратын бір жол болуы керек.</translation>
    </message>
    <message>
        <source>The board answered HELLO with &quot;{line}&quot;: it is not running Oyla firmware.</source>
        <translation>Плата HELLO командасына «{line}» деп жауап берді: онда Oyla микробағдарламасы жұмыс істемей тұр.</translation>
    </message>
    <message>
        <source>The board speaks robot protocol {found}, this Oyla speaks {wanted}: upload the firmware that comes with this Oyla.</source>
        <translation>Плата {found} робот протоколымен сөйлейді, ал бұл Oyla — {wanted} протоколымен: осы Oyla-мен бірге келген микробағдарламаны жүкте.</translation>
    </message>
    <message>
        <source>The virtual robot is switched off.</source>
        <translation>Виртуалды робот өшірулі.</translation>
    </message>
    <message>
        <source>Consent must be given by the student or a parent, not {who}.</source>
        <translation>Келісімді оқушы немесе ата-ана беруі керек, {who} емес.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>Белгісіз тіл: {language}.</translation>
    </message>
    <message>
        <source>{file} is too large ({size} bytes, at most {limit}).</source>
        <translation>{file} тым үлкен ({size} байт, ең көбі {limit}).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} оқылмайды: {detail}</translation>
    </message>
    <message>
        <source>{file} is a symbolic link; Oyla only reads ordinary files.</source>
        <translation>{file} — символдық сілтеме; Oyla тек кәдімгі файлдарды оқиды.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a folder, device or pipe).</source>
        <translation>{file} кәдімгі файл емес (қалта, құрылғы немесе арна).</translation>
    </message>
    <message>
        <source>{file} does not contain a JSON object.</source>
        <translation>{file} ішінде JSON нысаны жоқ.</translation>
    </message>
    <message>
        <source>There is no project called {name}.</source>
        <translation>{name} деген жоба жоқ.</translation>
    </message>
    <message>
        <source>{name} is not a valid name.</source>
        <translation>{name} — жарамсыз атау.</translation>
    </message>
    <message>
        <source>Oyla will not delete {file}: it is outside the data folder.</source>
        <translation>Oyla {file} файлын жоймайды: ол деректер қалтасынан тыс.</translation>
    </message>
    <message>
        <source>{file} could not be deleted: {detail}</source>
        <translation>{file} жойылмады: {detail}</translation>
    </message>
    <message>
        <source>The setting {name} has a wrong value.</source>
        <translation>{name} баптауының мәні қате.</translation>
    </message>
    <message>
        <source>There is no class called {name}.</source>
        <translation>{name} деген санат жоқ.</translation>
    </message>
    <message>
        <source>The picture could not be saved.</source>
        <translation>Суретті сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>{path} is not a sample of this project.</source>
        <translation>{path} бұл жобаның суреті емес.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a class name: use up to 40 letters, digits or spaces.</source>
        <translation>«{name}» санат аты бола алмайды: 40-қа дейін әріп, цифр немесе бос орын пайдалан.</translation>
    </message>
    <message>
        <source>“{name}” is a reserved word on Windows.</source>
        <translation>«{name}» — Windows жүйесінде резервтелген сөз.</translation>
    </message>
    <message>
        <source>There is already a class called {name}.</source>
        <translation>{name} деген санат бұрыннан бар.</translation>
    </message>
    <message>
        <source>There is already a project in {path}.</source>
        <translation>{path} ішінде жоба бұрыннан бар.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty.</source>
        <translation>{path} қалтасы бос емес.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>{path} ішіне жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Oyla project (no project.json).</source>
        <translation>{path} — Oyla жобасы емес (project.json жоқ).</translation>
    </message>
    <message>
        <source>{file} was made by a newer Oyla. Please update Oyla to open it.</source>
        <translation>{file} Oyla-ның жаңарақ нұсқасында жасалған. Оны ашу үшін Oyla-ны жаңарт.</translation>
    </message>
    <message>
        <source>Type a name or nickname</source>
        <translation>Атыңды немесе лақап атыңды жаз</translation>
    </message>
    <message>
        <source>A nickname can be at most {max} characters</source>
        <translation>Лақап ат ең көбі {max} таңба бола алады</translation>
    </message>
    <message>
        <source>The nickname has characters that cannot be shown</source>
        <translation>Лақап атта көрсетуге болмайтын таңбалар бар</translation>
    </message>
    <message>
        <source>There is no student with the id {id}</source>
        <translation>{id} идентификаторы бар оқушы жоқ</translation>
    </message>
    <message>
        <source>The nickname &quot;{name}&quot; is already taken on this computer</source>
        <translation>«{name}» лақап атын бұл компьютерде біреу алып қойған</translation>
    </message>
    <message>
        <source>The {name} camera is not open.</source>
        <translation>{name} камерасы ашық емес.</translation>
    </message>
    <message>
        <source>The face detector needs OpenCV, which is not installed: {detail}</source>
        <translation>Бет анықтағышқа OpenCV керек, бірақ ол орнатылмаған: {detail}</translation>
    </message>
    <message>
        <source>The face detector data ({file}) is missing. Oyla needs OpenCV 4.x (opencv-python-headless&lt;5); OpenCV {version} does not include it.</source>
        <translation>Бет анықтағыш деректері ({file}) жоқ. Oyla-ға OpenCV 4.x (opencv-python-headless&lt;5) керек; OpenCV {version} нұсқасында олар жоқ.</translation>
    </message>
    <message>
        <source>The face detector data could not be read: {file}</source>
        <translation>Бет анықтағыш деректерін оқу мүмкін болмады: {file}</translation>
    </message>
    <message>
        <source>This picture shows a face. Faces are not allowed here: take it again without one.</source>
        <translation>Бұл суретте бет бар. Мұнда бетке рұқсат жоқ: бетсіз қайта түсір.</translation>
    </message>
    <message>
        <source>{path} is too large to be a picture.</source>
        <translation>{path} сурет болу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a picture Oyla can read.</source>
        <translation>{path} — Oyla оқи алатын сурет емес.</translation>
    </message>
    <message>
        <source>{path} is too big: {width}×{height} pixels (at most {limit} megapixels).</source>
        <translation>{path} тым үлкен: {width}×{height} пиксель (ең көбі {limit} мегапиксель).</translation>
    </message>
    <message>
        <source>{path} is not a picture file.</source>
        <translation>{path} сурет файлы емес.</translation>
    </message>
    <message>
        <source>The folder {name} does not exist.</source>
        <translation>{name} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The folder {name} has no pictures.</source>
        <translation>{name} қалтасында сурет жоқ.</translation>
    </message>
    <message>
        <source>The video {name} does not exist.</source>
        <translation>{name} бейнесі жоқ.</translation>
    </message>
    <message>
        <source>{name} is not a video Oyla can play.</source>
        <translation>{name} — Oyla ойната алатын бейне емес.</translation>
    </message>
    <message>
        <source>{name} has no more frames.</source>
        <translation>{name} бейнесінде бұдан әрі кадр жоқ.</translation>
    </message>
    <message>
        <source>Camera {index} is not connected or another program is using it.</source>
        <translation>Камера {index} қосылмаған немесе оны басқа бағдарлама пайдаланып тұр.</translation>
    </message>
    <message>
        <source>Camera {index} stopped sending pictures. Is it unplugged?</source>
        <translation>Камера {index} сурет жіберуді тоқтатты. Ол ажыратылып қалған жоқ па?</translation>
    </message>
    <message>
        <source>{file}: this is not an Oyla progress file (not UTF-8 JSON)</source>
        <translation>{file}: бұл Oyla үлгерім файлы емес (UTF-8 JSON емес)</translation>
    </message>
    <message>
        <source>{file}: this is not an Oyla progress file</source>
        <translation>{file}: бұл Oyla үлгерім файлы емес</translation>
    </message>
    <message>
        <source>{file}: unsupported schema_version {value}</source>
        <translation>{file}: қолдау көрсетілмейтін schema_version {value}</translation>
    </message>
    <message>
        <source>{file}: the student is missing</source>
        <translation>{file}: оқушы көрсетілмеген</translation>
    </message>
    <message>
        <source>{file}: the nickname is not valid</source>
        <translation>{file}: лақап ат жарамсыз</translation>
    </message>
    <message>
        <source>{file}: &quot;packs&quot; is missing</source>
        <translation>{file}: «packs» жоқ</translation>
    </message>
    <message>
        <source>{file}: the pack &quot;{id}&quot; is not valid</source>
        <translation>{file}: «{id}» жинағы жарамсыз</translation>
    </message>
    <message>
        <source>{file}: the lesson &quot;{id}&quot; is not valid</source>
        <translation>{file}: «{id}» сабағы жарамсыз</translation>
    </message>
    <message>
        <source>{file}: the progress of lesson &quot;{id}&quot; is not valid</source>
        <translation>{file}: «{id}» сабағының үлгерімі жарамсыз</translation>
    </message>
    <message>
        <source>There are no held-out pictures to test. Add more pictures (at least 2 per class) and train again.</source>
        <translation>Тексеруге бөлінген суреттер жоқ. Көбірек сурет қос (әр санатқа кемінде 2) және қайта оқыт.</translation>
    </message>
    <message>
        <source>The firmware was written but the board read back something else (verification failed at byte {where}). Try again; if it keeps failing, try another USB cable or board.</source>
        <translation>Микробағдарлама жазылды, бірақ платадан басқа нәрсе оқылды (салыстыру {where}-орындағы байтта сәтсіз болды). Қайталап көр; қате қайталана берсе, басқа USB кабелін не платаны байқап көр.</translation>
    </message>
    <message>
        <source>The board on {port} is not an Arduino Uno or Nano (ATmega328P): Oyla&apos;s firmware is for those.</source>
        <translation>{port} портындағы плата Arduino Uno немесе Nano (ATmega328P) емес: Oyla микробағдарламасы соларға арналған.</translation>
    </message>
    <message>
        <source>The board on {port} did not answer at {baud} baud. Check the port; older boards and most Nanos need 57600 baud; or press the board&apos;s reset button just as the upload starts.</source>
        <translation>{port} портындағы плата {baud} бод жылдамдықта жауап бермеді. Портты тексер; ескі платалар мен Nano-лардың көбіне 57600 бод керек; немесе жүктеу басталған сәтте платаның RESET батырмасын бас.</translation>
    </message>
    <message>
        <source>The upload failed: {reason}</source>
        <translation>Жүктеу сәтсіз аяқталды: {reason}</translation>
    </message>
    <message>
        <source>The firmware file {file} is missing.</source>
        <translation>{file} микробағдарлама файлы жоқ.</translation>
    </message>
    <message>
        <source>Oyla cannot find avrdude, the tool that uploads firmware to an Arduino. Install the Arduino IDE (it includes avrdude) and try again. Or upload the Oyla sketch with the Arduino IDE itself: open oyla_bot.ino, choose Tools → Board → Arduino Uno and your port, then press Upload.</source>
        <translation>Oyla avrdude құралын таба алмады — ол Arduino-ға микробағдарлама жүктейді. Arduino IDE-ні орнатып (avrdude соның ішінде бар), қайталап көр. Немесе Oyla скетчін Arduino IDE арқылы жүкте: oyla_bot.ino файлын аш, Tools → Board → Arduino Uno және портыңды таңда, содан кейін Upload батырмасын бас.</translation>
    </message>
    <message>
        <source>Cannot start avrdude ({tool}): {reason}</source>
        <translation>avrdude іске қосылмады ({tool}): {reason}</translation>
    </message>
    <message>
        <source>The upload was cancelled. Upload again before using the robot: its firmware may be incomplete.</source>
        <translation>Жүктеу тоқтатылды. Роботты пайдаланбас бұрын қайта жүкте: оның микробағдарламасы толық болмауы мүмкін.</translation>
    </message>
    <message>
        <source>The upload to {port} did not finish within {seconds} s. Unplug the board, plug it in again and retry.</source>
        <translation>{port} портына жүктеу {seconds} с ішінде аяқталмады. Платаны ажыратып, қайта жалға да, қайталап көр.</translation>
    </message>
    <message>
        <source>Something went wrong ({what}). Oyla saved a report in its log: a teacher can send it with Help → Save a problem report.</source>
        <translation>Бірдеңе дұрыс болмады ({what}). Oyla есепті өз журналына жазды: мұғалім оны Анықтама → Ақау туралы есепті сақтау арқылы жібере алады.</translation>
    </message>
    <message>
        <source>Could not write the report to {file}: {why}</source>
        <translation>Есепті {file} ішіне жазу мүмкін болмады: {why}</translation>
    </message>
    <message>
        <source>The teacher PIN file is damaged: {path}</source>
        <translation>Мұғалімнің PIN-коды файлы бүлінген: {path}</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код 4–8 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>No teacher PIN is set on this computer.</source>
        <translation>Бұл компьютерде мұғалімнің PIN-коды орнатылмаған.</translation>
    </message>
    <message>
        <source>The model gave no usable answer for this picture.</source>
        <translation>Модель бұл суретке жарамды жауап бере алмады.</translation>
    </message>
    <message>
        <source>Oyla cannot save its settings in {path}: {reason}</source>
        <translation>Oyla баптауларды {path} ішіне сақтай алмайды: {reason}</translation>
    </message>
    <message>
        <source>The text is too long to check: {size} characters. The limit is {limit} characters; check it in parts.</source>
        <translation>Мәтін тексеру үшін тым ұзын: {size} таңба. Шегі — {limit} таңба; оны бөліктерге бөліп тексер.</translation>
    </message>
    <message>
        <source>{file} is too big for the next-word machine: {size} bytes (at most {limit}).</source>
        <translation>{file} келесі сөз машинасы үшін тым үлкен: {size} байт (ең көбі {limit}).</translation>
    </message>
    <message>
        <source>{file} is not a text file. Save it as plain text (.txt, UTF-8) and try again.</source>
        <translation>{file} мәтіндік файл емес. Оны қарапайым мәтін ретінде (.txt, UTF-8) сақтап, қайта көр.</translation>
    </message>
    <message>
        <source>The text is too long for the next-word machine: {size} characters (at most {limit}).</source>
        <translation>Мәтін келесі сөз машинасы үшін тым ұзын: {size} таңба (ең көбі {limit}).</translation>
    </message>
    <message>
        <source>The helper process that trains models and adds pictures stopped unexpectedly (maybe the computer ran out of memory). Your pictures and your last model are safe. Try again.</source>
        <translation>Модельдерді үйрететін және суреттерді қосатын көмекші процесс кенеттен тоқтап қалды (компьютердің жады жетпеген болуы мүмкін). Суреттерің мен соңғы моделің сақталған. Қайта байқап көр.</translation>
    </message>
    <message>
        <source>The camera&apos;s helper process stopped unexpectedly. Open another page and come back, or choose the camera again.</source>
        <translation>Камераның көмекші процесі кенеттен тоқтап қалды. Басқа бетті ашып, қайта орал немесе камераны қайта таңда.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>The model is trained.</source>
        <translation>Модель оқытылды.</translation>
    </message>
    <message>
        <source>Train the model first.</source>
        <translation>Алдымен модельді оқыт.</translation>
    </message>
    <message>
        <source>You have a &quot;nothing&quot; class.</source>
        <translation>Сенде «ештеңе» санаты бар.</translation>
    </message>
    <message>
        <source>Add a &quot;nothing&quot; (background) class with its own samples.</source>
        <translation>Өз үлгілері бар «ештеңе» (фон) санатын қос.</translation>
    </message>
    <message>
        <source>You ran the robustness test.</source>
        <translation>Сен орнықтылық сынағын (Төте жол детективі) өткіздің.</translation>
    </message>
    <message>
        <source>Run the robustness test on your model.</source>
        <translation>Моделіңді орнықтылыққа сынап көр (Төте жол детективі).</translation>
    </message>
    <message>
        <source>Your model drove the robot.</source>
        <translation>Моделің роботты басқарды.</translation>
    </message>
    <message>
        <source>Drive the robot with your model first.</source>
        <translation>Алдымен роботты моделіңмен басқар.</translation>
    </message>
    <message>
        <source>Your model card is written.</source>
        <translation>Модель картаң жазылды.</translation>
    </message>
    <message>
        <source>Fill in the model card.</source>
        <translation>Модель картасын толтыр.</translation>
    </message>
    <message>
        <source>Your samples are deleted.</source>
        <translation>Үлгілерің жойылды.</translation>
    </message>
    <message>
        <source>Delete your samples in My data.</source>
        <translation>«Менің деректерім» бөлімінде үлгілеріңді жой.</translation>
    </message>
    <message>
        <source>You cleaned a message until nothing was marked.</source>
        <translation>Сен хабарламаны ештеңе белгіленбегенше тазаладың.</translation>
    </message>
    <message>
        <source>In the Text lab, check a message of at least 8 words with personal data, then change it until the check marks nothing.</source>
        <translation>Мәтін зертханасында дербес деректері бар кемінде 8 сөзден тұратын хабарламаны тексер, содан кейін тексеру ештеңе белгілемейінше оны өзгерт.</translation>
    </message>
    <message>
        <source>You trained a next-word machine.</source>
        <translation>Сен келесі сөз машинасын оқыттың.</translation>
    </message>
    <message>
        <source>Train the next-word machine in the Text lab.</source>
        <translation>Мәтін зертханасында келесі сөз машинасын оқыт.</translation>
    </message>
    <message>
        <source>You trained it with your own text.</source>
        <translation>Сен оны өз мәтініңмен оқыттың.</translation>
    </message>
    <message>
        <source>Add your own text to the next-word machine and train it again.</source>
        <translation>Келесі сөз машинасына өз мәтініңді қосып, оны қайта оқыт.</translation>
    </message>
    <message>
        <source>You picked a next word by hand.</source>
        <translation>Сен келесі сөзді өзің таңдадың.</translation>
    </message>
    <message>
        <source>Pick a next word yourself: click one of the candidates.</source>
        <translation>Келесі сөзді өзің таңда: нұсқалардың бірін бас.</translation>
    </message>
    <message>
        <source>You copied a text with its &quot;Made with AI&quot; label.</source>
        <translation>Сен мәтінді &quot;ЖИ жасаған&quot; белгісімен көшірдің.</translation>
    </message>
    <message>
        <source>Copy your generated text with the &quot;Made with AI&quot; label.</source>
        <translation>Жасалған мәтініңді &quot;ЖИ жасаған&quot; белгісімен көшір.</translation>
    </message>
    <message>
        <source>Your model learned from the pictures you have now.</source>
        <translation>Моделің қазір бар суреттеріңнен үйренді.</translation>
    </message>
    <message>
        <source>Your pictures changed since the model was trained (or there is no model yet): click Train again.</source>
        <translation>Модель үйретілгеннен кейін суреттерің өзгерді (не әлі модель жоқ): «Оқыту» батырмасын қайта бас.</translation>
    </message>
    <message>
        <source>Your model card has your own answers.</source>
        <translation>Модель картаңда өз жауаптарың бар.</translation>
    </message>
    <message>
        <source>Click Model card in the Studio and answer its questions (what it is for, what it must not be used for, where it fails) in a few words each.</source>
        <translation>Студиядағы «Модель картасы» батырмасын басып, оның сұрақтарына (не үшін керек, не үшін пайдалануға болмайды, қай жерде қателеседі) әрқайсысына бірнеше сөзбен жауап бер.</translation>
    </message>
    <message>
        <source>You have {have} classes.</source>
        <translation>Сенде {have} санат бар.</translation>
    </message>
    <message>
        <source>You have {have} classes; add classes until you have at least {need}.</source>
        <translation>Сенде {have} санат бар; кемінде {need} санат болғанша санат қос.</translation>
    </message>
    <message>
        <source>Add classes and collect at least {need} samples for each.</source>
        <translation>Санат қосып, әрқайсысына кемінде {need} үлгі жина.</translation>
    </message>
    <message>
        <source>Every class has at least {need} samples.</source>
        <translation>Әр санатта кемінде {need} үлгі бар.</translation>
    </message>
    <message>
        <source>The class &quot;{name}&quot; has {have} samples; every class needs at least {need}.</source>
        <translation>«{name}» санатында {have} үлгі бар; әр санатқа кемінде {need} үлгі керек.</translation>
    </message>
    <message>
        <source>Test your model on held-out samples first.</source>
        <translation>Алдымен модельді тексеруге бөлінген үлгілерде тексер.</translation>
    </message>
    <message>
        <source>Held-out accuracy is {have}% (at least {need}% needed).</source>
        <translation>Тексеруге бөлінген үлгілердегі дәлдік: {have}% (кемінде {need}% керек).</translation>
    </message>
    <message>
        <source>Held-out accuracy is {have}%; it needs to be at least {need}%. More varied samples usually help.</source>
        <translation>Тексеруге бөлінген үлгілердегі дәлдік: {have}%; ол кемінде {need}% болуы керек. Әдетте әртүрлі үлгілер көмектеседі.</translation>
    </message>
    <message>
        <source>Set a confidence threshold first.</source>
        <translation>Алдымен «сенімді емес» шегін орнат.</translation>
    </message>
    <message>
        <source>Your confidence threshold is {have}; set it to at least {need}.</source>
        <translation>Сенің «сенімді емес» шегің — {have}; оны кемінде {need} етіп қой.</translation>
    </message>
    <message>
        <source>Your confidence threshold is {have}.</source>
        <translation>Сенің «сенімді емес» шегің — {have}.</translation>
    </message>
    <message>
        <source>You generated text at {have} different temperatures.</source>
        <translation>Сен мәтінді {have} түрлі температурада жасадың.</translation>
    </message>
    <message>
        <source>You generated text at {have} different temperature(s); generate at {need} or more.</source>
        <translation>Сен мәтінді {have} түрлі температурада жасадың; кемінде {need} температурада жаса.</translation>
    </message>
    <message>
        <source>Open your project in the Studio and set the &quot;not sure&quot; threshold.</source>
        <translation>Жобаңды Студияда ашып, «сенімді емес» шегін орнат.</translation>
    </message>
    <message>
        <source>The &quot;not sure&quot; threshold is still {have}%, where Oyla put it. Try other values, then leave the slider at your own choice (at least {need}%).</source>
        <translation>«Сенімді емес» шегі әлі {have}%, Oyla қойған жерде тұр. Басқа мәндерді байқап көр, сосын жүгірткіні өз таңдауыңда қалдыр (кемінде {need}%).</translation>
    </message>
    <message>
        <source>Your &quot;not sure&quot; threshold is {have}%; this lesson needs at least {need}%.</source>
        <translation>«Сенімді емес» шегің {have}%; бұл сабаққа кемінде {need}% керек.</translation>
    </message>
    <message>
        <source>You chose a &quot;not sure&quot; threshold of {have}%.</source>
        <translation>Сен «сенімді емес» шегін {have}% етіп таңдадың.</translation>
    </message>
    <message>
        <source>Collect pictures for your classes first.</source>
        <translation>Алдымен санаттарыңа суреттер жина.</translation>
    </message>
    <message>
        <source>All your pictures have a similar background. Take some on a clearly different one (for example white paper and the bare desk).</source>
        <translation>Барлық суреттеріңнің фоны ұқсас. Біразын анық басқа фонда түсір (мысалы, ақ парақ пен жалаң парта).</translation>
    </message>
    <message>
        <source>The class &quot;{name}&quot; has {have} pictures on one of the two backgrounds; every class needs at least {need} on each.</source>
        <translation>«{name}» санатында екі фонның бірінде {have} сурет бар; әр санатқа әр фонда кемінде {need} сурет керек.</translation>
    </message>
    <message>
        <source>Every class has at least {need} pictures on each of two backgrounds.</source>
        <translation>Әр санатта екі фонның әрқайсысында кемінде {need} сурет бар.</translation>
    </message>
    <message>
        <source>Right! {explain}</source>
        <translation>Дұрыс! {explain}</translation>
    </message>
    <message>
        <source>Not quite. Hint: {hint} Try again.</source>
        <translation>Толық дұрыс емес. Кеңес: {hint} Тағы байқап көр.</translation>
    </message>
    <message>
        <source>Not quite. The right answers: {right}. {explain}</source>
        <translation>Толық дұрыс емес. Дұрыс жауаптар: {right}. {explain}</translation>
    </message>
    <message>
        <source>Not quite. The right answer: {right}. {explain}</source>
        <translation>Толық дұрыс емес. Дұрыс жауап: {right}. {explain}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Жинақ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Сабақ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Орындалған қадамдар</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Өтілген тексерулер</translation>
    </message>
    <message>
        <source>Quiz correct</source>
        <translation>Викторина: дұрыс</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>An IIN identifies you for life and opens your records in banks, clinics and government services.</source>
        <translation>ЖСН сені өмір бойы анықтайды және банктегі, емханадағы, мемлекеттік қызметтердегі деректеріңе жол ашады.</translation>
    </message>
    <message>
        <source>A phone number lets strangers call or message you and find your other accounts.</source>
        <translation>Телефон нөмірі арқылы бөтен адамдар саған қоңырау шалып, хат жаза алады және басқа аккаунттарыңды таба алады.</translation>
    </message>
    <message>
        <source>An e-mail address leads to your accounts and can be used for spam and fake messages.</source>
        <translation>Электрондық пошта мекенжайы аккаунттарыңа апарады, оны спам мен жалған хаттарға пайдалануға болады.</translation>
    </message>
    <message>
        <source>A bank card number can be used to steal money.</source>
        <translation>Банк картасының нөмірі арқылы ақша ұрлауға болады.</translation>
    </message>
    <message>
        <source>A date of birth helps others guess passwords and pretend to be you.</source>
        <translation>Туған күн арқылы басқалар құпиясөзіңді болжап, өзін сен ретінде көрсете алады.</translation>
    </message>
    <message>
        <source>A home address tells strangers where to find you.</source>
        <translation>Үй мекенжайы бөтен адамдарға сені қайдан табуға болатынын айтады.</translation>
    </message>
    <message>
        <source>A name points to a real person. The check cannot tell whether the person is famous, so it marks every name.</source>
        <translation>Аты-жөні нақты адамды көрсетеді. Тексеру адамның танымал екенін ажырата алмайды, сондықтан барлық есімді белгілейді.</translation>
    </message>
    <message>
        <source>Your school and class tell strangers where you are every day.</source>
        <translation>Мектебің мен сыныбың бөтен адамдарға сенің күн сайын қайда болатыныңды айтады.</translation>
    </message>
    <message>
        <source>A password must never be shared, not even with a chatbot.</source>
        <translation>Құпиясөзді ешкімге, тіпті чат-ботқа да айтуға болмайды.</translation>
    </message>
    <message>
        <source>Health information is a special category of personal data: it needs the most care.</source>
        <translation>Денсаулық туралы мәлімет — дербес деректердің ерекше түрі: оған аса мұқият болу керек.</translation>
    </message>
</context>
</TS>
