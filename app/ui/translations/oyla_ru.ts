<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArenaView</name>
    <message>
        <source>Virtual robot arena</source>
        <translation>Арена виртуального робота</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Рука</translation>
    </message>
    <message>
        <source>LED</source>
        <translation>Светодиод</translation>
    </message>
    <message>
        <source>Buzzer</source>
        <translation>Пищалка</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>тихо</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Гц</translation>
    </message>
    <message>
        <source>Wheels: %1 / %2</source>
        <translation>Колёса: %1 / %2</translation>
    </message>
    <message>
        <source>Stopped by the watchdog</source>
        <translation>Остановлен сторожевым таймером</translation>
    </message>
    <message>
        <source>Bump!</source>
        <translation>Бум!</translation>
    </message>
    <message>
        <source>No virtual robot connected.</source>
        <translation>Виртуальный робот не подключён.</translation>
    </message>
</context>
<context>
    <name>BackboneService</name>
    <message>
        <source>Oyla could not load its picture model, so it cannot learn or recognise pictures now (%1). Restart Oyla; if this happens again, tell your teacher.</source>
        <translation>Oyla не смогла загрузить модель для картинок, поэтому сейчас не может ни учиться, ни распознавать (%1). Перезапустите Oyla; если это повторится, скажите учителю.</translation>
    </message>
</context>
<context>
    <name>CameraGate</name>
    <message>
        <source>The camera is off because consent was taken back. To use it again, open My data and press “Give consent…”.</source>
        <translation>Камера выключена, потому что согласие отозвано. Чтобы снова пользоваться ею, откройте «Мои данные» и нажмите «Дать согласие…».</translation>
    </message>
    <message>
        <source>The camera is off until your teacher notes your parent&apos;s or guardian&apos;s consent for you on the Teacher page.</source>
        <translation>Камера выключена, пока учитель не отметит на странице «Учитель» согласие твоего родителя или опекуна.</translation>
    </message>
    <message>
        <source>The camera is off: your teacher asks for a parent&apos;s consent. Choose your name on the Lessons page; your teacher notes each student&apos;s parent&apos;s consent.</source>
        <translation>Камера выключена: учитель просит согласие родителей. Выбери своё имя на странице «Уроки»; согласие родителей каждого ученика отмечает учитель.</translation>
    </message>
    <message>
        <source>The camera is off until you read how Oyla uses it and agree: open My data and press “Give consent…”.</source>
        <translation>Камера выключена, пока ты не прочитаешь, как Oyla её использует, и не дашь согласие: открой «Мои данные» и нажми «Дать согласие…».</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Mirror</source>
        <translation>Зеркало</translation>
    </message>
    <message>
        <source>Show the picture like a mirror. The model sees the same either way.</source>
        <translation>Показывать картинку как в зеркале. Модель в любом случае видит одно и то же.</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stop the picture to look at one prediction closely.</source>
        <translation>Останови картинку, чтобы внимательно рассмотреть одно предсказание.</translation>
    </message>
    <message>
        <source>Demo camera shows:</source>
        <translation>Демокамера показывает:</translation>
    </message>
    <message>
        <source>Fist</source>
        <translation>Кулак</translation>
    </message>
    <message>
        <source>Open hand</source>
        <translation>Ладонь</translation>
    </message>
    <message>
        <source>Two fingers</source>
        <translation>Два пальца</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>Make the demo camera show: %1</source>
        <translation>Пусть демокамера покажет: %1</translation>
    </message>
    <message>
        <source>Demo camera (no webcam needed)</source>
        <translation>Демокамера (веб-камера не нужна)</translation>
    </message>
    <message>
        <source>Webcam %1</source>
        <translation>Веб-камера %1</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Видеофайл…</translation>
    </message>
    <message>
        <source>Folder of pictures…</source>
        <translation>Папка с картинками…</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Выбери видео</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm)</source>
        <translation>Видео (*.mp4 *.avi *.mov *.mkv *.webm)</translation>
    </message>
    <message>
        <source>Choose a folder of pictures</source>
        <translation>Выбери папку с картинками</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera picture</source>
        <translation>Картинка с камеры</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Камера выключена.</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Камера включена</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Model card</source>
        <translation>Карточка модели</translation>
    </message>
    <message>
        <source>Oyla writes the numbers. Add in your own words, a few words each:</source>
        <translation>Цифры Oyla пишет сама. Допиши своими словами, по нескольку слов:</translation>
    </message>
    <message>
        <source>What is your model for?</source>
        <translation>Для чего твоя модель?</translation>
    </message>
    <message>
        <source>What must it not be used for?</source>
        <translation>Для чего её нельзя использовать?</translation>
    </message>
    <message>
        <source>Where, and for whom, may it fail? (What did the red team find?)</source>
        <translation>Где и для кого она может ошибаться? (Что нашла красная команда?)</translation>
    </message>
</context>
<context>
    <name>ClassCard</name>
    <message>
        <source>Hold to record</source>
        <translation>Держи
для записи</translation>
    </message>
    <message>
        <source>Hold this button, or hold Space, to take about 10 pictures a second.</source>
        <translation>Удерживай эту кнопку или клавишу Space, чтобы снимать около 10 картинок в секунду.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Фото…</translation>
    </message>
    <message>
        <source>Add picture files or folders. You can also drop them on this card.</source>
        <translation>Добавь файлы или папки с картинками. Их можно и просто перетащить на эту карточку.</translation>
    </message>
    <message>
        <source>“Nothing” class: pictures with no sign at all.</source>
        <translation>Класс «ничего»: картинки совсем без знака.</translation>
    </message>
    <message>
        <source>More for this class</source>
        <translation>Ещё для этого класса</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше в списке</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже в списке</translation>
    </message>
    <message>
        <source>Not the “nothing” class</source>
        <translation>Это не класс «ничего»</translation>
    </message>
    <message>
        <source>Make it the “nothing” class</source>
        <translation>Сделать классом «ничего»</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Удалить класс</translation>
    </message>
    <message>
        <source>Delete selected pictures</source>
        <translation>Удалить выбранные картинки</translation>
    </message>
    <message>
        <source>Blur the faces in the selected pictures</source>
        <translation>Размыть лица на выбранных картинках</translation>
    </message>
    <message>
        <source>This picture seems to show a face. Faces are personal data; Oyla doesn&apos;t need them. Blur it or remove it?</source>
        <translation>Похоже, на этой картинке есть лицо. Лица — это персональные данные, и Oyla они не нужны. Размыть или удалить?</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures seem to show a face. Faces are personal data; Oyla doesn&apos;t need them. Blur them or remove them?</source>
        <translation>
            <numerusform>Похоже, на %n картинке есть лицо. Лица — это персональные данные, и Oyla они не нужны. Размыть или удалить?</numerusform>
            <numerusform>Похоже, на %n картинках есть лица. Лица — это персональные данные, и Oyla они не нужны. Размыть или удалить?</numerusform>
            <numerusform>Похоже, на %n картинках есть лица. Лица — это персональные данные, и Oyla они не нужны. Размыть или удалить?</numerusform>
        </translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Размыть</translation>
    </message>
    <message>
        <source>Blur the face so nobody can be recognised. The picture stays.</source>
        <translation>Размыть лицо, чтобы никого нельзя было узнать. Картинка останется.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete these pictures from the project.</source>
        <translation>Удалить эти картинки из проекта.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n картинка</numerusform>
            <numerusform>%n картинки</numerusform>
            <numerusform>%n картинок</numerusform>
        </translation>
    </message>
    <message>
        <source>face</source>
        <translation>лицо</translation>
    </message>
    <message>
        <source>This picture seems to show a face.</source>
        <translation>Похоже, на этой картинке есть лицо.</translation>
    </message>
</context>
<context>
    <name>ClassList</name>
    <message>
        <source>+ Add a class</source>
        <translation>+ Добавить класс</translation>
    </message>
    <message>
        <source>A class is one kind of thing the computer should learn to tell apart.</source>
        <translation>Класс — это один вид того, что компьютер должен научиться различать.</translation>
    </message>
    <message>
        <source>Start here: add a class for each sign or object you want the computer to recognise, for example “fist” and “open hand”.</source>
        <translation>Начни отсюда: добавь класс для каждого знака или предмета, который компьютер должен узнавать, например «кулак» и «ладонь».</translation>
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
        <translation>Виртуальный робот (на экране)</translation>
    </message>
    <message>
        <source>Plug the robot&apos;s USB cable in: it appears in this list by itself.</source>
        <translation>Подключи USB-кабель робота — он сам появится в этом списке.</translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation>Комплект:</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Машинка</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Манипулятор</translation>
    </message>
    <message>
        <source>Lights and sound</source>
        <translation>Свет и звук</translation>
    </message>
    <message>
        <source>Upload firmware</source>
        <translation>Загрузить прошивку</translation>
    </message>
    <message>
        <source>Put the Oyla program on the selected Arduino board (takes a few seconds).</source>
        <translation>Записать программу Oyla на выбранную плату Arduino (это займёт несколько секунд).</translation>
    </message>
    <message>
        <source>Uno (115200)</source>
        <translation>Uno (115200)</translation>
    </message>
    <message>
        <source>Nano / older board (57600)</source>
        <translation>Nano / старая плата (57600)</translation>
    </message>
    <message>
        <source>If the upload cannot reach the board, try the other speed.</source>
        <translation>Если загрузка не может связаться с платой, попробуй другую скорость.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Не подключено.</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>езда</translation>
    </message>
    <message>
        <source>servos</source>
        <translation>сервоприводы</translation>
    </message>
    <message>
        <source>LED</source>
        <translation>светодиод</translation>
    </message>
    <message>
        <source>beep</source>
        <translation>звук</translation>
    </message>
    <message>
        <source>virtual robot</source>
        <translation>виртуальный робот</translation>
    </message>
    <message>
        <source>Connected to %1: Oyla firmware %2, kit “%3”, can %4.</source>
        <translation>Подключено: %1 — прошивка Oyla %2, комплект «%3», возможности: %4.</translation>
    </message>
    <message>
        <source>A board was plugged in: %1. Press Connect.</source>
        <translation>Подключена плата: %1. Нажми «Подключить».</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключаюсь: %1…</translation>
    </message>
    <message>
        <source>This board&apos;s firmware says its kit is “%1”.</source>
        <translation>Прошивка этой платы сообщает, что её комплект — «%1».</translation>
    </message>
    <message>
        <source>Uploading the Oyla firmware to %1… do not unplug the board.</source>
        <translation>Загружаю прошивку Oyla на %1… не отключай плату.</translation>
    </message>
    <message>
        <source>Firmware uploaded in %1 s. Connecting…</source>
        <translation>Прошивка загружена за %1 с. Подключаюсь…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Oyla and your camera</source>
        <translation>Oyla и твоя камера</translation>
    </message>
    <message>
        <source>Before you start: Oyla and your camera</source>
        <translation>Перед началом: Oyla и твоя камера</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the camera is for.&lt;/b&gt; In the Studio you teach the computer to recognise signs and objects, for example a fist or an open hand. For that, Oyla takes pictures with the camera while you hold the record button. The camera is only on while a page that shows it is open, and then you see a red “Camera on” sign.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where the pictures go.&lt;/b&gt; Only into this folder on this computer. Oyla never uses the internet and sends nothing anywhere:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Зачем нужна камера.&lt;/b&gt; В Студии ты учишь компьютер узнавать знаки и предметы, например кулак или раскрытую ладонь. Для этого Oyla делает снимки камерой, пока ты удерживаешь кнопку записи. Камера включена, только пока открыта страница, на которой она видна, и тогда ты видишь красный знак «Камера включена».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Куда попадают картинки.&lt;/b&gt; Только в эту папку на этом компьютере. Oyla никогда не пользуется интернетом и ничего никуда не отправляет:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Faces are not needed.&lt;/b&gt; Point the camera at your hands or at things, not at people. Oyla looks for faces in every picture: it marks them so you can blur them or remove them, or blurs them itself if your teacher asks for that.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You decide.&lt;/b&gt; On the My data page you can see everything Oyla keeps, export it, delete it, and take back your consent at any time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Лица не нужны.&lt;/b&gt; Направляй камеру на руки или на предметы, а не на людей. Oyla ищет лица на каждой картинке: отмечает их, чтобы их можно было размыть или удалить, или размывает их сама, если так попросил учитель.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Решаешь ты.&lt;/b&gt; На странице «Мои данные» ты можешь увидеть всё, что хранит Oyla, экспортировать это, удалить и в любой момент отозвать своё согласие.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I have read this and I agree that Oyla uses the camera like this.</source>
        <translation>Я прочитал(а) это и разрешаю Oyla так использовать камеру.</translation>
    </message>
    <message>
        <source>A parent or guardian is giving this consent.</source>
        <translation>Это согласие даёт родитель или опекун.</translation>
    </message>
    <message>
        <source>Your teacher asks for your parent&apos;s or guardian&apos;s consent too. Your teacher records it on the Teacher page; until then the camera stays off.</source>
        <translation>Учитель просит также согласие твоего родителя или опекуна. Его отмечает учитель на странице «Учитель»; до этого камера остаётся выключенной.</translation>
    </message>
    <message>
        <source>Not now (camera stays off)</source>
        <translation>Не сейчас (камера выключена)</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Разрешаю</translation>
    </message>
    <message>
        <source>Tick “I have read this” above first.</source>
        <translation>Сначала отметь выше «Я прочитал(а) это».</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>%1 — parent&apos;s consent received %2</source>
        <translation>%1 — согласие родителей получено %2</translation>
    </message>
    <message>
        <source>Students on this computer: parent&apos;s consent</source>
        <translation>Ученики на этом компьютере: согласие родителей</translation>
    </message>
    <message>
        <source>Tick a student when their parent or guardian has agreed to camera use (parent&apos;s consent received). The date is noted.</source>
        <translation>Отметьте ученика, когда его родитель или опекун согласился на использование камеры (согласие родителей получено). Дата записывается.</translation>
    </message>
    <message>
        <source>No students yet. Students add their name or nickname on the Lessons page (no password, no photo).</source>
        <translation>Учеников пока нет. Ученики вводят имя или ник на странице «Уроки» (без пароля и фото).</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>My data</source>
        <translation>Мои данные</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Everything Oyla keeps is in one folder on this computer. Nothing is sent anywhere: Oyla never uses the internet.</source>
        <translation>Всё, что хранит Oyla, лежит в одной папке на этом компьютере. Ничего никуда не отправляется: Oyla никогда не пользуется интернетом.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Чей</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Картинки</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>No projects yet. The pictures you take or add in the Studio will be listed here.</source>
        <translation>Проектов пока нет. Здесь появятся картинки, которые ты снимешь или добавишь в Студии.</translation>
    </message>
    <message>
        <source>Without this, the zip file has the project&apos;s settings and its trained model, but no pictures.</source>
        <translation>Без этой галочки в zip-файле будут настройки проекта и обученная модель, но не картинки.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>Удалить проект…</translation>
    </message>
    <message>
        <source>Students on this computer</source>
        <translation>Ученики на этом компьютере</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Ник</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Прогресс уроков</translation>
    </message>
    <message>
        <source>No student profiles. A profile (a nickname only) is made on the Lessons page.</source>
        <translation>Профилей учеников нет. Профиль (только ник) создаётся на странице «Уроки».</translation>
    </message>
    <message>
        <source>Delete student…</source>
        <translation>Удалить ученика…</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Удалить всё…</translation>
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
        <translation>общий</translation>
    </message>
    <message>
        <source>a deleted student</source>
        <translation>удалённый ученик</translation>
    </message>
    <message>
        <source>Looking at what Oyla keeps…</source>
        <translation>Смотрю, что хранит Oyla…</translation>
    </message>
    <message>
        <source>Export with pictures</source>
        <translation>Экспорт с картинками</translation>
    </message>
    <message>
        <source>Camera consent</source>
        <translation>Согласие на камеру</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 in total&lt;/b&gt; · %2 · %3&lt;br&gt;Lesson packs from the teacher: %4 (%5) · files Oyla can make again (cache): %6</source>
        <translation>&lt;b&gt;Всего %1&lt;/b&gt; · %2 · %3&lt;br&gt;Наборы уроков от учителя: %4 (%5) · файлы, которые Oyla может создать заново (кэш): %6</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student profile(s)</source>
        <translation>
            <numerusform>%n профиль ученика</numerusform>
            <numerusform>%n профиля учеников</numerusform>
            <numerusform>%n профилей учеников</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be read: %1</source>
        <translation>Некоторые файлы не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>a parent or guardian</source>
        <translation>родителя или опекуна</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>ученика</translation>
    </message>
    <message>
        <source>The camera may be used: consent was given by %1 on %2.</source>
        <translation>Камерой можно пользоваться: согласие получено %2 от %1.</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Отозвать согласие…</translation>
    </message>
    <message>
        <source>No consent is recorded on this computer, so the camera stays off. Read how Oyla uses the camera and agree to switch it on.</source>
        <translation>На этом компьютере нет записанного согласия, поэтому камера выключена. Прочитай, как Oyla использует камеру, и дай согласие, чтобы её включить.</translation>
    </message>
    <message>
        <source>Give consent…</source>
        <translation>Дать согласие…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняю…</translation>
    </message>
    <message>
        <source>“%1”: %2, %3, %4 on disk</source>
        <translation>«%1»: %2, %3, %4 на диске</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n картинка</numerusform>
            <numerusform>%n картинки</numerusform>
            <numerusform>%n картинок</numerusform>
        </translation>
    </message>
    <message>
        <source>a trained model</source>
        <translation>обученная модель</translation>
    </message>
    <message>
        <source>no trained model</source>
        <translation>нет обученной модели</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Delete the project %1?

Its folder is removed from this computer with every picture, the model and the numbers computed from the pictures. This cannot be undone.</source>
        <translation>Удалить проект %1?

Его папка будет удалена с этого компьютера вместе со всеми картинками, моделью и числами, вычисленными по картинкам. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The project “%1” was deleted.</source>
        <translation>Проект «%1» удалён.</translation>
    </message>
    <message>
        <source>• no projects</source>
        <translation>• проектов нет</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>Удалить ученика</translation>
    </message>
    <message>
        <source>Delete the student “%1”?

This removes their profile, %2 of lesson progress, their consent record, and these projects:
%3

This cannot be undone.</source>
        <translation>Удалить ученика «%1»?

Будут удалены его профиль, прогресс уроков (%2), запись о согласии и эти проекты:
%3

Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The student “%1” and their data were deleted.</source>
        <translation>Ученик «%1» и его данные удалены.</translation>
    </message>
    <message>
        <source>%1, %2, %3, the cache, the consent record and the settings: %4 in the folder %5</source>
        <translation>%1, %2, %3, кэш, запись о согласии и настройки: %4 в папке %5</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson pack(s)</source>
        <translation>
            <numerusform>%n набор уроков</numerusform>
            <numerusform>%n набора уроков</numerusform>
            <numerusform>%n наборов уроков</numerusform>
        </translation>
    </message>
    <message>
        <source> (the teacher&apos;s locks and PIN stay)</source>
        <translation> (блокировки и PIN-код учителя остаются)</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>Delete everything Oyla keeps on this computer?

This removes %1.

This cannot be undone.</source>
        <translation>Удалить всё, что Oyla хранит на этом компьютере?

Будут удалены: %1.

Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Everything Oyla kept was deleted.</source>
        <translation>Всё, что хранила Oyla, удалено.</translation>
    </message>
    <message>
        <source>Export a project</source>
        <translation>Экспорт проекта</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-файлы (*.zip)</translation>
    </message>
    <message>
        <source>Exported with pictures to %1</source>
        <translation>Экспортировано с картинками: %1</translation>
    </message>
    <message>
        <source>Exported without pictures to %1</source>
        <translation>Экспортировано без картинок: %1</translation>
    </message>
    <message>
        <source>Consent was withdrawn and everything Oyla kept was deleted.</source>
        <translation>Согласие отозвано, и всё, что хранила Oyla, удалено.</translation>
    </message>
    <message>
        <source>Consent was withdrawn. The camera is off; your data is kept.</source>
        <translation>Согласие отозвано. Камера выключена; твои данные сохранены.</translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Влево</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Вправо</translation>
    </message>
    <message>
        <source>Forward left</source>
        <translation>Вперёд-влево</translation>
    </message>
    <message>
        <source>Forward right</source>
        <translation>Вперёд-вправо</translation>
    </message>
    <message>
        <source>Spin</source>
        <translation>Кружиться</translation>
    </message>
    <message>
        <source>Honk</source>
        <translation>Гудок</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Схватить</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Отпустить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>В середину</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <source>Lights off</source>
        <translation>Погасить свет</translation>
    </message>
    <message>
        <source>Beep</source>
        <translation>Писк</translation>
    </message>
    <message>
        <source>Drive the robot with your model</source>
        <translation>Управляй роботом своей моделью</translation>
    </message>
    <message>
        <source>Sure at least</source>
        <translation>Уверенность от</translation>
    </message>
    <message>
        <source>Frames in a row</source>
        <translation>Кадров подряд</translation>
    </message>
    <message>
        <source>Obstacle closer than</source>
        <translation>Препятствие ближе</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>Train a model in the Studio first.</source>
        <translation>Сначала обучи модель в Студии.</translation>
    </message>
    <message>
        <source>When the camera sees a class, the robot does its action:</source>
        <translation>Когда камера видит класс, робот выполняет его действие:</translation>
    </message>
    <message>
        <source>The robot would not drive forwards: its distance sensor gives no reading.</source>
        <translation>Робот не поехал вперёд: датчик расстояния ничего не показывает.</translation>
    </message>
    <message>
        <source>The robot would not drive forwards: its obstacle stop sees something %1 cm ahead.</source>
        <translation>Робот не поехал вперёд: стоп перед препятствием видит что-то в %1 см впереди.</translation>
    </message>
    <message>
        <source>The robot only acts when the model is at least this sure.</source>
        <translation>Робот действует, только если модель уверена хотя бы настолько.</translation>
    </message>
    <message>
        <source>The same class must win this many camera frames in a row before the robot acts. More frames: calmer but slower.</source>
        <translation>Один и тот же класс должен побеждать столько кадров камеры подряд, прежде чем робот начнёт действовать. Больше кадров — спокойнее, но медленнее.</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Макс. скорость</translation>
    </message>
    <message>
        <source>The fastest the motors may turn (0–255).</source>
        <translation>Самая большая скорость моторов (0–255).</translation>
    </message>
    <message>
        <source>What the robot was told, and why:</source>
        <translation>Что получил робот и почему:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>This robot has no distance sensor.</source>
        <translation>У этого робота нет датчика расстояния.</translation>
    </message>
    <message>
        <source>Connect a robot with a distance sensor to use this rule.</source>
        <translation>Чтобы включить это правило, подключи робота с датчиком расстояния.</translation>
    </message>
    <message>
        <source>When something in front of the robot is closer than this, the robot does this action instead of the class&apos;s action. Compare the rule with your model!</source>
        <translation>Когда что-то перед роботом ближе этого расстояния, робот делает это действие вместо действия класса. Сравни правило со своей моделью!</translation>
    </message>
    <message>
        <source>Your teacher set the top speed to at most %1.</source>
        <translation>Учитель ограничил скорость: не больше %1.</translation>
    </message>
    <message>
        <source>Stop deploying</source>
        <translation>Остановить модель</translation>
    </message>
    <message>
        <source>Start deploying</source>
        <translation>Запустить модель</translation>
    </message>
    <message>
        <source>Deployed: the robot follows what the camera sees.</source>
        <translation>Запущено: робот делает то, что видит камера.</translation>
    </message>
    <message>
        <source>Not deployed.</source>
        <translation>Не запущено.</translation>
    </message>
    <message>
        <source>%1 → sent %2, because an obstacle is %3 cm ahead (the rule, instead of “%4”)</source>
        <translation>%1 → отправлено %2, потому что впереди препятствие в %3 см (правило, вместо «%4»)</translation>
    </message>
    <message>
        <source>%1 → sent %2, because “%3” is %4% sure for %5 frames in a row</source>
        <translation>%1 → отправлено %2, потому что модель уверена в «%3» на %4% уже %5 кадров подряд</translation>
    </message>
    <message>
        <source>%1 → nothing sent now (%2): the robot stops by itself in half a second</source>
        <translation>%1 → сейчас ничего не отправлено (%2): робот сам остановится через полсекунды</translation>
    </message>
    <message>
        <source>STOP → sent STOP (%1). Nothing moves until you start again.</source>
        <translation>СТОП → отправлено STOP (%1). Ничего не двинется, пока ты не запустишь снова.</translation>
    </message>
    <message>
        <source>Started: commands flow only while the model is sure.</source>
        <translation>Запущено: команды идут, только пока модель уверена.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>the model is not sure</source>
        <translation>модель не уверена</translation>
    </message>
    <message>
        <source>waiting to see “%1” for enough frames</source>
        <translation>жду, пока «%1» продержится достаточно кадров</translation>
    </message>
    <message>
        <source>“%1” has no action</source>
        <translation>у «%1» нет действия</translation>
    </message>
</context>
<context>
    <name>DetectiveView</name>
    <message>
        <source>As taken</source>
        <translation>Как снято</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Темнее</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Светлее</translation>
    </message>
    <message>
        <source>Flipped</source>
        <translation>Отражение</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Background blurred</source>
        <translation>Размытый фон</translation>
    </message>
    <message>
        <source>Shortcut detective</source>
        <translation>Детектив коротких путей</translation>
    </message>
    <message>
        <source>We changed your pictures and asked test models that had never seen them (made the same way as your model). If they get much worse when only the light or the background changes, your model learned a shortcut instead of your sign.</source>
        <translation>Мы изменили твои картинки и спросили проверочные модели, которые их никогда не видели (сделанные так же, как твоя модель). Если им становится намного хуже, когда меняется только свет или фон, значит, твоя модель выучила короткий путь, а не твой знак.</translation>
    </message>
    <message>
        <source>Blue: how often it was right. Orange: how sure it was of the right answer.</source>
        <translation>Синий: как часто модель права. Оранжевый: насколько она уверена в правильном ответе.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверяю…</translation>
    </message>
    <message>
        <source>Shortcut found! With “%1” it is right only %2% of the time. Record more pictures with different light and backgrounds.</source>
        <translation>Найден короткий путь! С изменением «%1» модель права только в %2% случаев. Запиши больше картинок при другом свете и на других фонах.</translation>
    </message>
    <message>
        <source>No big shortcut found in these tests. Try it on other people&apos;s hands too.</source>
        <translation>В этих проверках больших коротких путей не найдено. Попробуй модель и на руках других людей.</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Test results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>Not enough pictures to test the model. Add at least 2 per class.</source>
        <translation>Слишком мало картинок, чтобы проверить модель. Добавь хотя бы 2 в каждый класс.</translation>
    </message>
    <message>
        <source>Right on %1% of %2 test pictures</source>
        <translation>Верно: %1% (проверочных картинок: %2)</translation>
    </message>
    <message>
        <source>Held-out pictures: about 15% of each class was kept aside and NOT used for learning, so this is a fair test, like an exam with new questions.</source>
        <translation>Проверочные картинки: около 15% каждого класса отложили и НЕ использовали для обучения, поэтому это честная проверка — как экзамен с новыми вопросами.</translation>
    </message>
    <message>
        <source>“%1” has fewer than 10 pictures: the model has too little to learn from, and the test says little.</source>
        <translation>В классе «%1» меньше 10 картинок: модели мало на чём учиться, и проверка мало что показывает.</translation>
    </message>
    <message>
        <source>“%1” has more than twice as many pictures as another class: the model may learn to guess it too often.</source>
        <translation>В классе «%1» картинок больше чем вдвое против другого класса: модель может привыкнуть называть его слишком часто.</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the real class, columns are what the model said. Click a number to see those pictures.</source>
        <translation>Матрица ошибок: строки — настоящий класс, столбцы — ответ модели. Нажми на число, чтобы увидеть эти картинки.</translation>
    </message>
    <message>
        <source>Most confidently wrong pictures</source>
        <translation>Самые уверенные ошибки</translation>
    </message>
    <message>
        <source>Your classes have few pictures, so the test had %1 rounds. In each round a few pictures were kept aside, a model learnt from the others and was then tested on the ones it had NOT seen. Every picture was tested once: right on %2% of %3 pictures.</source>
        <translation>В твоих классах мало картинок, поэтому проверяли по кругу, раундов: %1. В каждом раунде несколько картинок откладывали, модель училась на остальных, а потом проверялась на тех, которые НЕ видела. Каждую картинку проверили один раз: верно %2% (картинок: %3).</translation>
    </message>
    <message>
        <source>We tested on %1 pictures the model had NOT seen (they were kept aside, like an exam with new questions): right on %2%.</source>
        <translation>Проверочных картинок, которых модель НЕ видела: %1 (их отложили — как экзамен с новыми вопросами). Верно: %2%.</translation>
    </message>
    <message>
        <source>Then the model learnt from all %1 pictures, so the model you use now has seen every one of them. The test above tells how well it does on new pictures.</source>
        <translation>Потом модель училась на всех картинках (%1), так что модель, которой ты пользуешься сейчас, видела каждую из них. Проверка выше показывает, насколько хорошо она справляется с новыми картинками.</translation>
    </message>
    <message>
        <source>Real “%1”, model said “%2”: %3 picture(s)</source>
        <translation>На самом деле «%1», модель сказала «%2»: картинок — %3</translation>
    </message>
    <message>
        <source>No wrong answers on the test pictures. Try it on new pictures too!</source>
        <translation>На проверочных картинках ошибок нет. Попробуй модель и на новых картинках!</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Adding pictures: %v of %m</source>
        <translation>Добавляю картинки: %v из %m</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Добавить картинки</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Картинки (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Some files are not pictures and were skipped: %1</source>
        <translation>Некоторые файлы — не картинки, они пропущены: %1</translation>
    </message>
</context>
<context>
    <name>InsightBar</name>
    <message>
        <source>Test results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>How often the model is right on pictures it did not learn from.</source>
        <translation>Как часто модель права на картинках, на которых она не училась.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <source>Which of your pictures look most alike, and where the model looked.</source>
        <translation>Какие из твоих картинок больше всего похожи и куда смотрела модель.</translation>
    </message>
    <message>
        <source>Shortcut detective</source>
        <translation>Детектив коротких путей</translation>
    </message>
    <message>
        <source>Does the model still work in other light, flipped or moved?</source>
        <translation>Работает ли модель при другом свете, в отражении или со сдвигом?</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Карточка модели</translation>
    </message>
    <message>
        <source>A printable page about your model: what it knows and its limits.</source>
        <translation>Страница о твоей модели для печати: что она знает и где её пределы.</translation>
    </message>
    <message>
        <source>With my pictures</source>
        <translation>С моими картинками</translation>
    </message>
    <message>
        <source>Put some of your pictures in the model card. Leave it off to keep them private.</source>
        <translation>Добавить несколько твоих картинок в карточку модели. Не включай, если хочешь, чтобы они остались личными.</translation>
    </message>
    <message>
        <source>Model card: {name}</source>
        <translation>Карточка модели: {name}</translation>
    </message>
    <message>
        <source>Made on {date} with Oyla {version}.</source>
        <translation>Создано {date} в Oyla {version}.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что она делает</translation>
    </message>
    <message>
        <source>It looks at a camera picture and says which of these classes it shows: {classes}.</source>
        <translation>Она смотрит на картинку с камеры и говорит, какой из этих классов на ней: {classes}.</translation>
    </message>
    <message>
        <source>What it learned from</source>
        <translation>На чём она училась</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Картинки</translation>
    </message>
    <message>
        <source>{total} pictures taken by the student. {held} of them were kept aside to test the model.</source>
        <translation>Картинок, снятых учеником: {total}. Из них отложено для проверки модели: {held}.</translation>
    </message>
    <message>
        <source>How good it is</source>
        <translation>Насколько она хороша</translation>
    </message>
    <message>
        <source>Right in the test</source>
        <translation>Верно в проверке</translation>
    </message>
    <message>
        <source>{total} pictures taken by the student.</source>
        <translation>{total} картинок, снятых учеником.</translation>
    </message>
    <message>
        <source>How it was tested: the pictures were split into {k} groups. {k} times, a test model learnt from all groups but one and then guessed the pictures of that one group, which it had never seen. So each of the {tested} tested pictures was guessed by a model that had not learnt it.</source>
        <translation>Как проверяли: картинки разделили на {k} групп. {k} раз проверочная модель училась на всех группах, кроме одной, а потом угадывала картинки этой одной группы, которых никогда не видела. Так каждую из {tested} проверенных картинок угадывала модель, которая её не учила.</translation>
    </message>
    <message>
        <source>How it was tested: {tested} pictures were kept aside. A test model learnt from the other pictures and then guessed these {tested}, which it had never seen.</source>
        <translation>Как проверяли: {tested} картинок отложили в сторону. Проверочная модель училась на остальных картинках, а потом угадывала эти {tested}, которых никогда не видела.</translation>
    </message>
    <message>
        <source>After the test, the model you use learnt from all {pictures} pictures.</source>
        <translation>После проверки модель, которой ты пользуешься, училась на всех {pictures} картинках.</translation>
    </message>
    <message>
        <source>After the test, the model you use learnt from all {pictures} pictures, plus {copies} slightly changed copies of them.</source>
        <translation>После проверки модель, которой ты пользуешься, училась на всех {pictures} картинках и ещё на {copies} слегка изменённых копиях.</translation>
    </message>
    <message>
        <source>In the test, on pictures it had never seen, the test model was right {accuracy} of the time.</source>
        <translation>В проверке на картинках, которых она никогда не видела, проверочная модель была права в {accuracy} случаев.</translation>
    </message>
    <message>
        <source>There were too few pictures to test it.</source>
        <translation>Картинок было слишком мало, чтобы её проверить.</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: the real class, columns: what the model said)</source>
        <translation>Матрица ошибок (строки — настоящий класс, столбцы — ответ модели)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Ещё не запускали.</translation>
    </message>
    <message>
        <source>Known limits</source>
        <translation>Известные ограничения</translation>
    </message>
    <message>
        <source>It only knows these classes. Shown anything else, it still picks one of them — unless it is “not sure”.</source>
        <translation>Она знает только эти классы. Если показать ей что-то другое, она всё равно выберет один из них — если только не ответит «не уверена».</translation>
    </message>
    <message>
        <source>It learned from few pictures, taken by one person in one room: other hands, light or backgrounds may fool it.</source>
        <translation>Она училась на небольшом числе картинок, снятых одним человеком в одной комнате: другие руки, свет или фон могут её обмануть.</translation>
    </message>
    <message>
        <source>Being sure is not being right: a high confidence can still be wrong.</source>
        <translation>Уверенность — ещё не правота: даже при высокой уверенности ответ может быть неверным.</translation>
    </message>
    <message>
        <source>It must not be used to make decisions about people.</source>
        <translation>Её нельзя использовать, чтобы принимать решения о людях.</translation>
    </message>
    <message>
        <source>Example pictures</source>
        <translation>Примеры картинок</translation>
    </message>
    <message>
        <source>In the words of its maker</source>
        <translation>Словами автора</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Для чего она</translation>
    </message>
    <message>
        <source>What it must not be used for</source>
        <translation>Для чего её нельзя использовать</translation>
    </message>
    <message>
        <source>Where and for whom it may fail</source>
        <translation>Где и для кого она может ошибаться</translation>
    </message>
    <message>
        <source>The model card is saved in %1</source>
        <translation>Карточка модели сохранена здесь: %1</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
    <message>
        <source>Goal: %1 · about %2 min</source>
        <translation>Цель: %1 · около %2 мин</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>Open the Studio for this activity</source>
        <translation>Открыть Студию для этого задания</translation>
    </message>
    <message>
        <source>Open the Robot page for this activity</source>
        <translation>Открыть «Робот» для этого задания</translation>
    </message>
    <message>
        <source>Open the Text lab for this activity</source>
        <translation>Открыть Текстовую лабораторию для этого задания</translation>
    </message>
    <message>
        <source>Oyla sets up a project with these classes: %1</source>
        <translation>Oyla подготовит проект с такими классами: %1</translation>
    </message>
    <message>
        <source>Do this activity with your class, then press Next.</source>
        <translation>Выполни это задание вместе с одноклассниками, затем нажми «Далее».</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Open the Studio first: there is no project to check yet.</source>
        <translation>Сначала открой Студию: пока нечего проверять.</translation>
    </message>
    <message>
        <source>Press the button when you are ready: Oyla looks at your project.</source>
        <translation>Когда всё будет готово, нажми кнопку: Oyla посмотрит твой проект.</translation>
    </message>
    <message>
        <source>Tick every right answer.</source>
        <translation>Отметь все правильные ответы.</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>Проверить ответы</translation>
    </message>
    <message>
        <source>Choose an answer for every question.</source>
        <translation>Выбери ответ на каждый вопрос.</translation>
    </message>
    <message>
        <source>◀ All lessons</source>
        <translation>◀ Все уроки</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>No lessons yet</source>
        <translation>Уроков пока нет</translation>
    </message>
    <message>
        <source>Loading lessons…</source>
        <translation>Загружаю уроки…</translation>
    </message>
    <message>
        <source>No lesson pack is switched on. Your teacher can import packs and choose which ones you see on the Teacher page.</source>
        <translation>Ни один набор уроков не включён. Учитель может импортировать наборы и выбрать, какие из них ты видишь, на странице «Учитель».</translation>
    </message>
    <message>
        <source>faces allowed</source>
        <translation>лица разрешены</translation>
    </message>
    <message>
        <source>faces are blurred</source>
        <translation>лица размываются</translation>
    </message>
    <message>
        <source>no faces</source>
        <translation>без лиц</translation>
    </message>
    <message>
        <source>robot speed at most %1</source>
        <translation>скорость робота не больше %1</translation>
    </message>
    <message>
        <source>your pictures are deleted after each lesson</source>
        <translation>твои картинки удаляются после каждого урока</translation>
    </message>
    <message>
        <source>Rules for this course: %1</source>
        <translation>Правила этого курса: %1</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Пройден</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Пройдено шагов: %1 из %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Who are you? Press “New student” and type your name or a nickname — no password, no photo. Then choose a lesson.</source>
        <translation>Кто ты? Нажми «Новый ученик» и введи своё имя или ник — без пароля и фото. Потом выбери урок.</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <source>Your name or a nickname (only this — no password, no photo):</source>
        <translation>Твоё имя или ник (только это — без пароля и фото):</translation>
    </message>
    <message>
        <source>Save my progress for the teacher</source>
        <translation>Сохранить мой прогресс для учителя</translation>
    </message>
    <message>
        <source>Oyla progress (*.json)</source>
        <translation>Прогресс Oyla (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Lesson finished. As this lesson asks, your %n picture(s) were deleted.</source>
        <translation>
            <numerusform>Урок завершён. Как и предусмотрено уроком, удалена %n твоя картинка.</numerusform>
            <numerusform>Урок завершён. Как и предусмотрено уроком, удалены %n твои картинки.</numerusform>
            <numerusform>Урок завершён. Как и предусмотрено уроком, удалено %n твоих картинок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation>Кто учится?</translation>
    </message>
    <message>
        <source>— choose your name —</source>
        <translation>— выбери своё имя —</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>Новый ученик…</translation>
    </message>
    <message>
        <source>Save my progress…</source>
        <translation>Сохранить прогресс…</translation>
    </message>
    <message>
        <source>Save a file with your progress for your teacher (for a USB stick).</source>
        <translation>Сохрани файл со своим прогрессом для учителя (например, на флешку).</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Start the lesson ▶</source>
        <translation>Начать урок ▶</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oyla — think!</source>
        <translation>Oyla — думай!</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
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
        <translation>Мои данные</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Text lab</source>
        <translation>Текстовая
лаборатория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Large text (for projectors)</source>
        <translation>Крупный текст (для проектора)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Save a problem report…</source>
        <translation>Сохранить отчёт о проблеме…</translation>
    </message>
    <message>
        <source>About Oyla</source>
        <translation>О программе Oyla</translation>
    </message>
    <message>
        <source>&lt;b&gt;Oyla %1&lt;/b&gt; — “think!” in Kazakh.&lt;br&gt;Teach a computer to see, then drive a robot with it.&lt;br&gt;&lt;br&gt;Oyla works without the internet and never opens a network connection. Everything you make stays in one folder on this computer, and you can delete it on the My data page.</source>
        <translation>&lt;b&gt;Oyla %1&lt;/b&gt; — по-казахски «думай!».&lt;br&gt;Научи компьютер видеть, а потом управляй с его помощью роботом.&lt;br&gt;&lt;br&gt;Oyla работает без интернета и никогда не открывает сетевых соединений. Всё, что ты создаёшь, хранится в одной папке на этом компьютере, и это можно удалить на странице «Мои данные».</translation>
    </message>
    <message>
        <source>Something went wrong, and Oyla wrote down what happened in its log. If it happens again, tell your teacher: Help → Save a problem report… puts the log in one file (no pictures, no names).</source>
        <translation>Что-то пошло не так, и Oyla записала, что случилось, в свой журнал. Если это повторится, скажи учителю: Справка → Сохранить отчёт о проблеме… соберёт журнал в один файл (без фотографий и без имён).</translation>
    </message>
    <message>
        <source>Save a problem report</source>
        <translation>Сохранить отчёт о проблеме</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-архивы (*.zip)</translation>
    </message>
    <message>
        <source>The problem report is saved in %1

It holds Oyla&apos;s log, the versions and the settings — no pictures and no names. Copy it to a USB stick and give it to whoever looks after Oyla.</source>
        <translation>Отчёт о проблеме сохранён в %1

В нём журнал Oyla, версии и настройки — без фотографий и без имён. Скопируй его на флешку и передай тому, кто следит за Oyla.</translation>
    </message>
</context>
<context>
    <name>NextWordPanel</name>
    <message>
        <source>This machine only counts which word follows which in its training text, then writes by picking likely next words. It sounds fluent, but fluent is not true: it repeats its text and knows nothing that was not in it.</source>
        <translation>Эта машина только считает, какое слово за каким идёт в её обучающем тексте, и пишет, выбирая вероятные следующие слова. Звучит гладко, но гладко — не значит правда: она повторяет свой текст и не знает ничего, чего в нём не было.</translation>
    </message>
    <message>
        <source>1. Train</source>
        <translation>1. Обучение</translation>
    </message>
    <message>
        <source>Paste a story, song or article here…</source>
        <translation>Вставь сюда рассказ, песню или статью…</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Обучить</translation>
    </message>
    <message>
        <source>Count the words of the lesson texts and your text</source>
        <translation>Посчитать слова текстов уроков и твоего текста</translation>
    </message>
    <message>
        <source>Open .txt…</source>
        <translation>Открыть .txt…</translation>
    </message>
    <message>
        <source>Add a plain-text file to the training text (Ctrl+O)</source>
        <translation>Добавить простой текстовый файл к обучающему тексту (Ctrl+O)</translation>
    </message>
    <message>
        <source>2. Write word by word</source>
        <translation>2. Писать слово за словом</translation>
    </message>
    <message>
        <source>a word or two, or nothing</source>
        <translation>слово-два или ничего</translation>
    </message>
    <message>
        <source>Add my text (optional, stays on this computer):</source>
        <translation>Добавить мой текст (не обязательно, остаётся на этом компьютере):</translation>
    </message>
    <message>
        <source>3. What it wrote</source>
        <translation>3. Что она написала</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>Начни с:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Температура:</translation>
    </message>
    <message>
        <source>0: always the most likely word; higher: rarer words more often</source>
        <translation>0: всегда самое вероятное слово; выше: редкие слова чаще</translation>
    </message>
    <message>
        <source>Next word</source>
        <translation>Следующее слово</translation>
    </message>
    <message>
        <source>Let the machine pick one word (Ctrl+Enter)</source>
        <translation>Пусть машина выберет одно слово (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write 20 words</source>
        <translation>Написать 20 слов</translation>
    </message>
    <message>
        <source>Let the machine pick 20 words (Ctrl+G)</source>
        <translation>Пусть машина выберет 20 слов (Ctrl+G)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Copy with &quot;Made with AI&quot; label</source>
        <translation>Копировать с пометкой „Сделано ИИ“</translation>
    </message>
    <message>
        <source>Copy the text with a line saying a machine wrote it (Ctrl+L)</source>
        <translation>Скопировать текст со строкой о том, что его написала машина (Ctrl+L)</translation>
    </message>
    <message>
        <source>Made with AI: written by Oyla&apos;s next-word machine. It may be untrue.</source>
        <translation>Сделано ИИ: написано машиной следующего слова Oyla. Это может быть неправдой.</translation>
    </message>
    <message>
        <source>%1 (0 = always the most likely word)</source>
        <translation>%1 (0 = всегда самое вероятное слово)</translation>
    </message>
    <message>
        <source>Training text: the lesson texts in %1.</source>
        <translation>Обучающий текст: тексты уроков, язык — %1.</translation>
    </message>
    <message>
        <source>Your files: %1</source>
        <translation>Твои файлы: %1</translation>
    </message>
    <message>
        <source>Open a text file</source>
        <translation>Открыть текстовый файл</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Обучение…</translation>
    </message>
    <message>
        <source>Trained in %1 s on %2 words; it knows %3 different words.</source>
        <translation>Обучена за %1 с на %2 словах; она знает %3 разных слов.</translation>
    </message>
    <message>
        <source>Copied with the label.</source>
        <translation>Скопировано с пометкой.</translation>
    </message>
    <message>
        <source>No words yet, so it starts with the most common words (click one to pick it yourself):</source>
        <translation>Слов ещё нет, поэтому она начинает с самых частых слов (нажми на одно, чтобы выбрать самому):</translation>
    </message>
    <message>
        <source>Copied word for word from the training text: “%1”</source>
        <translation>Скопировано слово в слово из обучающего текста: «%1»</translation>
    </message>
    <message>
        <source>Pick “%1” as the next word</source>
        <translation>Выбрать «%1» следующим словом</translation>
    </message>
    <message>
        <source>Train the machine first.</source>
        <translation>Сначала обучи машину.</translation>
    </message>
    <message>
        <source>Next word after the last two words (click one to pick it yourself):</source>
        <translation>Следующее слово после двух последних слов (нажми на одно, чтобы выбрать самому):</translation>
    </message>
    <message>
        <source>Next word after the last word (click one to pick it yourself):</source>
        <translation>Следующее слово после последнего слова (нажми на одно, чтобы выбрать самому):</translation>
    </message>
    <message>
        <source>It never saw these words together, so it guesses from how common each word is (click one to pick it yourself):</source>
        <translation>Она никогда не видела эти слова вместе, поэтому угадывает по тому, насколько часто встречается каждое слово (нажми на одно, чтобы выбрать самому):</translation>
    </message>
    <message>
        <source>Press Next word, or click a candidate below.</source>
        <translation>Нажми «Следующее слово» или выбери вариант ниже.</translation>
    </message>
    <message>
        <source>Words it never saw, so it knows nothing about them: %1</source>
        <translation>Слова, которых она никогда не видела, поэтому ничего о них не знает: %1</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN-код учителя</translation>
    </message>
    <message>
        <source>A PIN protects this page. It locks again when you leave it or after 5 minutes without use.</source>
        <translation>Эту страницу защищает PIN-код. Она снова блокируется, когда вы уходите с неё или через 5 минут без действий.</translation>
    </message>
    <message>
        <source>No PIN: anyone who opens this page can change locks, consent and packs.</source>
        <translation>PIN-кода нет: любой, кто откроет эту страницу, может менять блокировки, согласия и наборы.</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>Задать PIN-код…</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>Изменить PIN-код…</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>Убрать PIN-код…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>The Teacher page is locked</source>
        <translation>Страница «Учитель» заблокирована</translation>
    </message>
    <message>
        <source>Set a teacher PIN</source>
        <translation>Задать PIN-код учителя</translation>
    </message>
    <message>
        <source>Change the teacher PIN</source>
        <translation>Изменить PIN-код учителя</translation>
    </message>
    <message>
        <source>Remove the teacher PIN</source>
        <translation>Убрать PIN-код учителя</translation>
    </message>
    <message>
        <source>Type the teacher PIN to change locks, consent and lesson packs.</source>
        <translation>Введите PIN-код учителя, чтобы менять блокировки, согласия и наборы уроков.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits, so that students cannot change locks, parents&apos; consent or lesson packs. You can also go on without a PIN and set one later.</source>
        <translation>Выберите PIN-код из 4–8 цифр, чтобы ученики не могли менять блокировки, согласия родителей и наборы уроков. Можно продолжить и без PIN-кода и задать его позже.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Выберите PIN-код из 4–8 цифр.</translation>
    </message>
    <message>
        <source>Type the PIN you have now, then the new one twice.</source>
        <translation>Введите нынешний PIN-код, затем дважды новый.</translation>
    </message>
    <message>
        <source>Type the PIN to remove it. Then anyone can open the Teacher page.</source>
        <translation>Введите PIN-код, чтобы убрать его. После этого страницу «Учитель» сможет открыть любой.</translation>
    </message>
    <message>
        <source>The file that keeps the teacher PIN is damaged, so the page stays locked.</source>
        <translation>Файл с PIN-кодом учителя повреждён, поэтому страница остаётся заблокированной.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>PIN you have now:</source>
        <translation>Нынешний PIN-код:</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits):</source>
        <translation>Новый PIN-код (4–8 цифр):</translation>
    </message>
    <message>
        <source>The new PIN again:</source>
        <translation>Новый PIN-код ещё раз:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Убрать PIN-код</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>Сохранить PIN-код</translation>
    </message>
    <message>
        <source>Go on without a PIN</source>
        <translation>Продолжить без PIN-кода</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Forgot the PIN? Someone with this computer&apos;s account can delete the file %1; then Oyla asks for a new PIN.</source>
        <translation>Забыли PIN-код? Человек с учётной записью этого компьютера может удалить файл %1; тогда Oyla попросит новый PIN-код.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>Два новых PIN-кода не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>PIN-код неверный. Попробовать снова можно через %n секунду.</numerusform>
            <numerusform>PIN-код неверный. Попробовать снова можно через %n секунды.</numerusform>
            <numerusform>PIN-код неверный. Попробовать снова можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-код неверный. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>%1 minutes · ages %2–%3</source>
        <translation>%1 мин · возраст %2–%3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <source>[%1] %2 — printed on a page of its own after the teacher notes.</source>
        <translation>[%1] %2 — печатается на отдельной странице после заметок для учителя.</translation>
    </message>
    <message>
        <source>Save the lesson as PDF</source>
        <translation>Сохранить урок в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Готовим PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s): %1</source>
        <translation>
            <numerusform>Сохранена %n страница: %1</numerusform>
            <numerusform>Сохранены %n страницы: %1</numerusform>
            <numerusform>Сохранено %n страниц: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print lesson</source>
        <translation>Печать урока</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the lesson as PDF and print it from another one.</source>
        <translation>На этом компьютере не настроен принтер. Сохраните урок в PDF и распечатайте его с другого компьютера.</translation>
    </message>
    <message>
        <source>Print lesson…</source>
        <translation>Печать урока…</translation>
    </message>
    <message>
        <source>Save lesson as PDF…</source>
        <translation>Сохранить урок в PDF…</translation>
    </message>
    <message>
        <source>The lesson&apos;s steps, the teacher notes and its printable sheets, on A4 pages.</source>
        <translation>Шаги урока, заметки для учителя и листы для печати — на страницах А4.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>ProjectBar</name>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Нет проекта</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open a recent project or another project folder.</source>
        <translation>Открыть недавний проект или другую папку проекта.</translation>
    </message>
    <message>
        <source>My project %1</source>
        <translation>Мой проект %1</translation>
    </message>
    <message>
        <source>Name of the project:</source>
        <translation>Название проекта:</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Другая папка…</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Название копии:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>A copy was saved in %1. It is the open project now.</source>
        <translation>Копия сохранена в папке %1. Сейчас открыта эта копия.</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Открыть папку проекта</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Import students&apos; progress files</source>
        <translation>Импорт файлов прогресса учеников</translation>
    </message>
    <message>
        <source>Oyla progress (*.json)</source>
        <translation>Прогресс Oyla (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>Прочитан %n файл.</numerusform>
            <numerusform>Прочитано %n файла.</numerusform>
            <numerusform>Прочитано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report covers %1 student(s) on this computer and %2 imported progress file(s).</source>
        <translation>В отчёте: учеников на этом компьютере — %1, импортированных файлов прогресса — %2.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Таблица (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Save the class report</source>
        <translation>Сохранить отчёт по классу</translation>
    </message>
    <message>
        <source>Class progress — %1</source>
        <translation>Прогресс класса — %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Class progress report</source>
        <translation>Отчёт о прогрессе класса</translation>
    </message>
    <message>
        <source>Import progress files…</source>
        <translation>Импорт файлов прогресса…</translation>
    </message>
    <message>
        <source>Choose many files at once, for example from a USB stick.</source>
        <translation>Можно выбрать сразу много файлов, например с флешки.</translation>
    </message>
    <message>
        <source>Forget imported files</source>
        <translation>Сбросить импорт</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Save a printable page…</source>
        <translation>Сохранить для печати…</translation>
    </message>
</context>
<context>
    <name>RobotPage</name>
    <message>
        <source>STOP</source>
        <translation>СТОП</translation>
    </message>
    <message>
        <source>Stops the robot at once (also Esc or Space).</source>
        <translation>Сразу останавливает робота (также Esc или Space).</translation>
    </message>
    <message>
        <source>Allow the robot to move again.</source>
        <translation>Разрешить роботу снова двигаться.</translation>
    </message>
    <message>
        <source>Allow moving again</source>
        <translation>Снять СТОП</translation>
    </message>
    <message>
        <source>STOPPED. Nothing moves until you press “Allow moving again”.</source>
        <translation>ОСТАНОВЛЕН. Ничего не двинется, пока ты не нажмёшь «Снять СТОП».</translation>
    </message>
    <message>
        <source>A real robot is connected: watch it on your desk! Keep a hand near the STOP button.</source>
        <translation>Подключён настоящий робот: следи за ним на столе! Держи руку рядом с кнопкой СТОП.</translation>
    </message>
    <message>
        <source>Drive by hand (hold a button):</source>
        <translation>Ручное управление (удерживай кнопку):</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапуск</translation>
    </message>
    <message>
        <source>Restart the virtual robot in the middle of the arena.</source>
        <translation>Перезапустить виртуального робота в центре арены.</translation>
    </message>
    <message>
        <source>Demo camera shows:</source>
        <translation>Демокамера показывает:</translation>
    </message>
    <message>
        <source>Fist</source>
        <translation>Кулак</translation>
    </message>
    <message>
        <source>Open hand</source>
        <translation>Ладонь</translation>
    </message>
    <message>
        <source>Two fingers</source>
        <translation>Два пальца</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Камера выключена.</translation>
    </message>
    <message>
        <source>Sees: %1 (%2%)</source>
        <translation>Видит: %1 (%2%)</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Не уверена</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Модели пока нет</translation>
    </message>
    <message>
        <source>The robot&apos;s watchdog stopped the motors: no command came for half a second.</source>
        <translation>Сторожевой таймер робота остановил моторы: полсекунды не было ни одной команды.</translation>
    </message>
    <message>
        <source>The robot restarted.</source>
        <translation>Робот перезапустился.</translation>
    </message>
    <message>
        <source>The robot is back.</source>
        <translation>Робот снова на связи.</translation>
    </message>
    <message>
        <source>The robot was unplugged. Plug it in again: Oyla reconnects by itself.</source>
        <translation>Робот отключён от компьютера. Подключи его снова — Oyla переподключится сама.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>Train a model in the Studio first.</source>
        <translation>Сначала обучи модель в Студии.</translation>
    </message>
    <message>
        <source>Connect a robot first.</source>
        <translation>Сначала подключи робота.</translation>
    </message>
    <message>
        <source>Press “Allow moving again” first.</source>
        <translation>Сначала нажми «Снять СТОП».</translation>
    </message>
    <message>
        <source>Moving allowed again: the robot may move.</source>
        <translation>СТОП снят: робот снова может двигаться.</translation>
    </message>
    <message>
        <source>STOP → sent STOP (%1). Nothing moves until you start again.</source>
        <translation>СТОП → отправлено STOP (%1). Ничего не двинется, пока ты не запустишь снова.</translation>
    </message>
    <message>
        <source>STOP button</source>
        <translation>кнопка СТОП</translation>
    </message>
    <message>
        <source>Esc key</source>
        <translation>клавиша Esc</translation>
    </message>
    <message>
        <source>Space key</source>
        <translation>клавиша Space</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>отключение</translation>
    </message>
    <message>
        <source>left the Robot page</source>
        <translation>уход со страницы «Робот»</translation>
    </message>
    <message>
        <source>the model changed</source>
        <translation>модель изменилась</translation>
    </message>
    <message>
        <source>Stop deploying</source>
        <translation>Остановить модель</translation>
    </message>
    <message>
        <source>You pressed %1 → sent %2</source>
        <translation>Кнопка «%1» → отправлено %2</translation>
    </message>
</context>
<context>
    <name>SensorPanel</name>
    <message>
        <source>Sensors</source>
        <translation>Датчики</translation>
    </message>
    <message>
        <source>Obstacle stop:</source>
        <translation>Стоп перед препятствием:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 см</translation>
    </message>
    <message>
        <source>This robot has no sensors.</source>
        <translation>У этого робота нет датчиков.</translation>
    </message>
    <message>
        <source>Not read while a model drives or STOP is on.</source>
        <translation>Не читаются, пока роботом управляет модель или нажат СТОП.</translation>
    </message>
    <message>
        <source>Distance ahead: no reading</source>
        <translation>Расстояние впереди: нет данных</translation>
    </message>
    <message>
        <source>Distance ahead: %1 cm</source>
        <translation>Расстояние впереди: %1 см</translation>
    </message>
    <message>
        <source>Line: –</source>
        <translation>Линия: –</translation>
    </message>
    <message>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>Line: left %1, right %2</source>
        <translation>Линия: слева %1, справа %2</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>Номер банковской карты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>School and class</source>
        <translation>Школа и класс</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Сведения о здоровье</translation>
    </message>
    <message>
        <source>Type or paste what you would send to a chatbot. Oyla marks the personal data in it and says why it matters, in Kazakh, Russian and English.</source>
        <translation>Напиши или вставь то, что ты отправил бы чат-боту. Oyla отметит в этом персональные данные и скажет, почему они важны, — на казахском, русском и английском.</translation>
    </message>
    <message>
        <source>Limits: this is a set of patterns, not understanding. It can miss personal data and it can mark harmless things; it marks every name, even a famous person&apos;s. It never sends anything anywhere: the check runs on this computer.</source>
        <translation>Ограничения: это набор шаблонов, а не понимание. Проверка может пропустить персональные данные и может отметить безобидное; она отмечает любое имя, даже имя известного человека. Она никуда ничего не отправляет: проверка идёт на этом компьютере.</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>Твоё сообщение:</translation>
    </message>
    <message>
        <source>What was found and why it matters:</source>
        <translation>Что найдено и почему это важно:</translation>
    </message>
    <message>
        <source>Safe version to copy:</source>
        <translation>Безопасная версия для копирования:</translation>
    </message>
    <message>
        <source>Marks: %1. Change or remove them, or press Make it safe.</source>
        <translation>Отметок: %1. Измени или удали их или нажми «Сделать безопасным».</translation>
    </message>
    <message>
        <source>Checked again: marks left: %1.</source>
        <translation>Проверено снова: осталось отметок: %1.</translation>
    </message>
    <message>
        <source>For example: Hi, I am Aliya Nurlanovna, my phone is +7 701 123 45 67. Help me write a letter to my teacher.</source>
        <translation>Например: Привет, я Алия Нурлановна, мой телефон +7 701 123 45 67. Помоги написать письмо учителю.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Look for personal data now (Ctrl+Enter). It also checks by itself a moment after you stop typing.</source>
        <translation>Искать персональные данные сейчас (Ctrl+Enter). Проверка запускается и сама, когда ты перестаёшь печатать.</translation>
    </message>
    <message>
        <source>Make it safe</source>
        <translation>Сделать безопасным</translation>
    </message>
    <message>
        <source>Replace every mark with a placeholder such as [NAME] (Ctrl+M)</source>
        <translation>Заменить каждую отметку заглушкой вроде [ИМЯ] (Ctrl+M)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the safe version (Ctrl+Shift+C)</source>
        <translation>Скопировать безопасную версию (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Use as my message</source>
        <translation>Сделать моим сообщением</translation>
    </message>
    <message>
        <source>Put the safe version into the message box and check it again</source>
        <translation>Поставить безопасную версию в поле сообщения и проверить снова</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>✔ Nothing is marked. Still read it once more yourself: the check can miss things.</source>
        <translation>✔ Ничего не отмечено. Всё же перечитай сам: проверка может что-то пропустить.</translation>
    </message>
    <message>
        <source>Checking the safe version…</source>
        <translation>Проверка безопасной версии…</translation>
    </message>
    <message>
        <source>Checked again: nothing is marked.</source>
        <translation>Проверено снова: ничего не отмечено.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you need it.</source>
        <translation>Скопировано. Вставь, куда нужно.</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Pick a class on the left, then hold its record button or hold Space.</source>
        <translation>Выбери класс слева, потом удерживай его кнопку записи или клавишу Space.</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>Камера выключена.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Add a class first, then record pictures for it.</source>
        <translation>Сначала добавь класс, потом записывай для него картинки.</translation>
    </message>
    <message>
        <source>Recording into “%1”…</source>
        <translation>Запись в «%1»…</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Новый класс</translation>
    </message>
    <message>
        <source>Name of the class:</source>
        <translation>Название класса:</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Переименовать класс</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Удалить класс</translation>
    </message>
    <message>
        <source>Delete the class “%1” and its %2 pictures?</source>
        <translation>Удалить класс «%1» и его картинки (%2 шт.)?</translation>
    </message>
    <message>
        <source>The class “%1” was deleted.</source>
        <translation>Класс «%1» удалён.</translation>
    </message>
    <message>
        <source>The computer is still getting ready. Try again in a few seconds.</source>
        <translation>Компьютер ещё готовится. Попробуй снова через несколько секунд.</translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation>Обучение отменено.</translation>
    </message>
    <message>
        <source>Looking at pictures: %1 of %2</source>
        <translation>Смотрю картинки: %1 из %2</translation>
    </message>
    <message>
        <source>Learning: round %1 of %2, loss %3</source>
        <translation>Обучение: круг %1 из %2, потери %3</translation>
    </message>
    <message>
        <source>Loss measures how wrong the model still is on your pictures. It should get smaller as it learns.</source>
        <translation>Потери показывают, насколько модель ещё ошибается на твоих картинках. Во время обучения они должны уменьшаться.</translation>
    </message>
    <message>
        <source>Done! On pictures it did not learn from, it was right %1% of the time.</source>
        <translation>Готово! На картинках, на которых модель не училась, она права в %1% случаев.</translation>
    </message>
    <message>
        <source>Done! Add more pictures to measure how good it is.</source>
        <translation>Готово! Добавь больше картинок, чтобы измерить, насколько она хороша.</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортированный</translation>
    </message>
    <message>
        <source>%1 (%2) — cannot be used: %3</source>
        <translation>%1 (%2) — нельзя использовать: %3</translation>
    </message>
    <message>
        <source>Ticked: students see this pack on the Lessons page.</source>
        <translation>Отмечено: ученики видят этот набор на странице «Уроки».</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>разрешены</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>размываются</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>запрещены</translation>
    </message>
    <message>
        <source>faces: %1</source>
        <translation>лица: %1</translation>
    </message>
    <message>
        <source>robot speed cap: %1</source>
        <translation>предел скорости робота: %1</translation>
    </message>
    <message>
        <source>pictures deleted at the end of each lesson</source>
        <translation>картинки удаляются в конце каждого урока</translation>
    </message>
    <message>
        <source>In force while this pack runs: %1</source>
        <translation>Действует, пока идёт этот набор: %1</translation>
    </message>
    <message>
        <source>This pack locks nothing.</source>
        <translation>Этот набор ничего не закрепляет.</translation>
    </message>
    <message>
        <source>Import a lesson pack</source>
        <translation>Импорт набора уроков</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Наборы уроков (*.zip)</translation>
    </message>
    <message>
        <source>Import a lesson pack folder</source>
        <translation>Импорт папки набора уроков</translation>
    </message>
    <message>
        <source>Checking and importing “%1”…</source>
        <translation>Проверка и импорт «%1»…</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… и ещё %1.</translation>
    </message>
    <message>
        <source>Imported “%1” (version %2). Students see it now.</source>
        <translation>Импортирован «%1» (версия %2). Ученики уже видят его.</translation>
    </message>
    <message>
        <source>The pack was not imported; nothing was changed.</source>
        <translation>Набор не импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Убрать набор</translation>
    </message>
    <message>
        <source>Remove the imported pack “%1” from this computer? Students&apos; progress stays; you can import it again.</source>
        <translation>Убрать импортированный набор «%1» с этого компьютера? Прогресс учеников сохранится; набор можно импортировать снова.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Choose what students see and what is locked, read each lesson&apos;s notes, and collect the class&apos;s progress.</source>
        <translation>Выберите, что видят ученики и что закреплено, читайте заметки к урокам и собирайте прогресс класса.</translation>
    </message>
    <message>
        <source>Lesson packs students see</source>
        <translation>Наборы уроков, которые видят ученики</translation>
    </message>
    <message>
        <source>Import a pack (.zip)…</source>
        <translation>Импорт из .zip…</translation>
    </message>
    <message>
        <source>Import a pack folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected imported pack (built-in packs stay).</source>
        <translation>Убрать выбранный импортированный набор (встроенные наборы остаются).</translation>
    </message>
    <message>
        <source>Settings you lock on this computer</source>
        <translation>Настройки, закреплённые на этом компьютере</translation>
    </message>
    <message>
        <source>Faces in pictures:</source>
        <translation>Лица на картинках:</translation>
    </message>
    <message>
        <source>as the pack says</source>
        <translation>как в наборе</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>разрешать</translation>
    </message>
    <message>
        <source>blur faces</source>
        <translation>размывать</translation>
    </message>
    <message>
        <source>refuse pictures with faces</source>
        <translation>запрещать</translation>
    </message>
    <message>
        <source>Cap the robot&apos;s speed (0–255):</source>
        <translation>Ограничить скорость робота (0–255):</translation>
    </message>
    <message>
        <source>A parent&apos;s consent must be noted before a student uses the camera</source>
        <translation>Камера — только с отмеченным согласием родителей</translation>
    </message>
    <message>
        <source>Delete students&apos; pictures at the end of each lesson</source>
        <translation>Удалять картинки учеников в конце каждого урока</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Заметки для учителя</translation>
    </message>
</context>
<context>
    <name>TextLabPage</name>
    <message>
        <source>Text lab</source>
        <translation>Текстовая лаборатория</translation>
    </message>
    <message>
        <source>Share check</source>
        <translation>Проверка перед отправкой</translation>
    </message>
    <message>
        <source>What may I tell a chatbot? (Ctrl+Tab switches tabs)</source>
        <translation>Что можно рассказать чат-боту? (Ctrl+Tab переключает вкладки)</translation>
    </message>
    <message>
        <source>Next-word machine</source>
        <translation>Машина следующего слова</translation>
    </message>
    <message>
        <source>How does a machine write text? (Ctrl+Tab switches tabs)</source>
        <translation>Как машина пишет текст? (Ctrl+Tab переключает вкладки)</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>Train</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Train the model</source>
        <translation>Обучить модель</translation>
    </message>
    <message>
        <source>The computer learns from your pictures. Shortcut: Ctrl+T</source>
        <translation>Компьютер учится на твоих картинках. Быстрая клавиша: Ctrl+T</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation>Нейросеть</translation>
    </message>
    <message>
        <source>Nearest examples</source>
        <translation>Ближайшие примеры</translation>
    </message>
    <message>
        <source>Neural network: learns a rule from your pictures. Nearest examples: finds your pictures that look most alike.</source>
        <translation>Нейросеть: выводит правило из твоих картинок. Ближайшие примеры: находит твои картинки, которые больше всего похожи.</translation>
    </message>
    <message>
        <source>Kind of model</source>
        <translation>Вид модели</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>How many times the model looks at every picture while learning.</source>
        <translation>Сколько раз модель просматривает каждую картинку во время обучения.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>How big a step the model takes each time it corrects itself.</source>
        <translation>Насколько большой шаг делает модель каждый раз, когда исправляет себя.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер пакета</translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each correction.</source>
        <translation>Сколько картинок модель просматривает перед каждым исправлением.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Аугментация</translation>
    </message>
    <message>
        <source>Also learn from flipped, zoomed, slightly turned, darker and brighter copies of your pictures.</source>
        <translation>Учиться ещё и на отражённых, увеличенных, чуть повёрнутых, более тёмных и светлых копиях твоих картинок.</translation>
    </message>
    <message>
        <source>What the model sees now</source>
        <translation>Что модель видит сейчас</translation>
    </message>
    <message>
        <source>Confidence is how sure the model is. Below this line it says “not sure” instead of guessing.</source>
        <translation>Уверенность — это насколько модель уверена в ответе. Ниже этой линии она говорит «не уверена», а не угадывает.</translation>
    </message>
    <message>
        <source>“Not sure” below %1%</source>
        <translation>«Не уверена» ниже %1%</translation>
    </message>
    <message>
        <source>Copies for training: %1 of %2</source>
        <translation>Копии для обучения: %1 из %2</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Модели пока нет</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Не уверена</translation>
    </message>
</context>
<context>
    <name>WhyView</name>
    <message>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <source>Looking closely…</source>
        <translation>Присматриваюсь…</translation>
    </message>
    <message>
        <source>The model said “%1”. Here is why:</source>
        <translation>Модель сказала «%1». Вот почему:</translation>
    </message>
    <message>
        <source>Red areas pushed the answer most.</source>
        <translation>Красные области сильнее всего повлияли на ответ.</translation>
    </message>
    <message>
        <source>Your picture of “%1”, %2% alike</source>
        <translation>Твоя картинка «%1», сходство %2%</translation>
    </message>
</context>
<context>
    <name>WithdrawBox</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Withdraw your consent to using the camera? The camera is switched off until someone agrees again.

You can also delete everything Oyla keeps: %1.</source>
        <translation>Отозвать согласие на использование камеры? Камера будет выключена, пока кто-нибудь снова не даст согласие.

Можно также удалить всё, что хранит Oyla: %1.</translation>
    </message>
    <message>
        <source>Withdraw and delete everything</source>
        <translation>Отозвать и удалить всё</translation>
    </message>
    <message>
        <source>Withdraw, keep my data</source>
        <translation>Отозвать, данные оставить</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is an absolute path; a pack may only hold relative paths</source>
        <translation>«{name}» — абсолютный путь; в наборе могут быть только относительные пути</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; points outside the pack folder or is not a valid name</source>
        <translation>«{name}» указывает за пределы папки набора или это недопустимое имя</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a valid file name on Windows</source>
        <translation>«{name}» — недопустимое имя файла в Windows</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has a file type that packs may not contain (allowed: {allowed})</source>
        <translation>у «{name}» тип файла, которого не может быть в наборе (допустимы: {allowed})</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is larger than {mb} MB</source>
        <translation>«{name}» больше {mb} МБ</translation>
    </message>
    <message>
        <source>the pack has more than {count} files</source>
        <translation>в наборе слишком много файлов (больше {count})</translation>
    </message>
    <message>
        <source>the pack is larger than {mb} MB unpacked</source>
        <translation>в распакованном виде набор больше {mb} МБ</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; appears twice (names differ only in capitals)</source>
        <translation>«{name}» встречается дважды (имена отличаются только заглавными буквами)</translation>
    </message>
    <message>
        <source>the archive has a file name that is not UTF-8: &quot;{name}&quot;</source>
        <translation>в архиве есть имя файла не в UTF-8: «{name}»</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a symbolic link; packs may not contain links</source>
        <translation>«{name}» — символическая ссылка; в наборе не может быть ссылок</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a regular file</source>
        <translation>«{name}» — не обычный файл</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is encrypted</source>
        <translation>«{name}» зашифрован</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is compressed suspiciously well (a zip bomb?)</source>
        <translation>«{name}» сжат подозрительно сильно (zip-бомба?)</translation>
    </message>
    <message>
        <source>the archive is damaged: &quot;{name}&quot; has the wrong size</source>
        <translation>архив повреждён: у «{name}» неверный размер</translation>
    </message>
    <message>
        <source>the file name &quot;{name}&quot; is not UTF-8</source>
        <translation>имя файла «{name}» не в UTF-8</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not UTF-8 text</source>
        <translation>«{name}» — не текст в UTF-8</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is refused ({detail}): only plain SVG drawings are allowed, without scripts, links, animations or DTDs</source>
        <translation>«{name}» отклонён ({detail}): разрешены только простые SVG-рисунки — без скриптов, ссылок, анимаций и DTD</translation>
    </message>
    <message>
        <source>pack.yaml is not at the top of the archive</source>
        <translation>pack.yaml лежит не в корне архива</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be unpacked ({detail})</source>
        <translation>«{name}» не удаётся распаковать ({detail})</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; does not exist</source>
        <translation>«{name}» не существует</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a pack folder or a .zip file</source>
        <translation>«{name}» — не папка набора и не файл .zip</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a readable .zip file ({detail})</source>
        <translation>«{name}» — не читаемый файл .zip ({detail})</translation>
    </message>
    <message>
        <source>a built-in pack already uses the id &quot;{id}&quot;; change the id in pack.yaml</source>
        <translation>встроенный набор уже использует id «{id}»; измените id в pack.yaml</translation>
    </message>
    <message>
        <source>could not install the pack in {folder} ({detail}); close anything that uses it and try again</source>
        <translation>не удалось установить набор в {folder} ({detail}); закройте всё, что его использует, и попробуйте снова</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл — не текст в UTF-8</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>синтаксическая ошибка YAML: {problem}</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation>в YAML слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not allowed; write the value out</source>
        <translation>якоря и псевдонимы YAML (&amp; и *) недопустимы; напишите значение полностью</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears more than once</source>
        <translation>ключ «{key}» встречается больше одного раза</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a mapping (key: value lines)</source>
        <translation>«{key}» должен быть словарём (строки «ключ: значение»)</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; (allowed: {allowed})</source>
        <translation>неизвестный ключ «{key}» (допустимы: {allowed})</translation>
    </message>
    <message>
        <source>missing required key &quot;{key}&quot;</source>
        <translation>нет обязательного ключа «{key}»</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be non-empty text</source>
        <translation>«{key}» должен быть непустым текстом</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; has a control character (such as an escape sequence) that cannot be shown</source>
        <translation>в «{key}» есть управляющий символ (например, escape-последовательность), который нельзя показать</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid id: use letters, digits, &quot;-&quot; and &quot;_&quot; (up to 64)</source>
        <translation>«{value}» — недопустимый id: используйте латинские буквы, цифры, «-» и «_» (до 64 символов)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}</source>
        <translation>«{key}» должен быть целым числом от {low} до {high}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a number from {low} to {high}</source>
        <translation>«{key}» должен быть числом от {low} до {high}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>«{key}» должен быть true или false</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is &quot;{value}&quot;; it must be one of: {choices}</source>
        <translation>«{key}» равен «{value}», а должен быть одним из: {choices}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of {low} to {high} items</source>
        <translation>«{key}» должен быть списком, элементов в нём — от {low} до {high}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be [min, max] with ages from 6 to 99</source>
        <translation>«{key}» должен быть [min, max] с возрастом от 6 до 99</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <source>the file has {lines} lines, more than {limit}</source>
        <translation>в файле {lines} строк, это больше {limit}</translation>
    </message>
    <message>
        <source>the file must start with front matter: a line &quot;---&quot;, YAML lines, then another &quot;---&quot;</source>
        <translation>файл должен начинаться с заголовка (front matter): строка «---», строки YAML, затем ещё одна «---»</translation>
    </message>
    <message>
        <source>the front matter is empty</source>
        <translation>заголовок (front matter) пустой</translation>
    </message>
    <message>
        <source>check &quot;{id}&quot; is not used by any check step</source>
        <translation>проверка «{id}» не используется ни в одном шаге check</translation>
    </message>
    <message>
        <source>quiz &quot;{id}&quot; is not used by any quiz step</source>
        <translation>викторина «{id}» не используется ни в одном шаге quiz</translation>
    </message>
    <message>
        <source>the text has {found} &quot;## &quot; step headings but &quot;steps&quot; lists {expected} steps</source>
        <translation>заголовков шагов «## » в тексте: {found}, а шагов в «steps»: {expected}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must name at least one {what}</source>
        <translation>«{key}» должен указывать хотя бы один {what}</translation>
    </message>
    <message>
        <source>there is no {what} with the id &quot;{id}&quot;</source>
        <translation>нет элемента {what} с id «{id}»</translation>
    </message>
    <message>
        <source>the step id &quot;{id}&quot; is used twice</source>
        <translation>id шага «{id}» использован дважды</translation>
    </message>
    <message>
        <source>a &quot;{kind}&quot; step cannot have &quot;{key}&quot;</source>
        <translation>у шага «{kind}» не может быть «{key}»</translation>
    </message>
    <message>
        <source>a &quot;{kind}&quot; step needs &quot;{key}&quot;</source>
        <translation>шагу «{kind}» нужен «{key}»</translation>
    </message>
    <message>
        <source>the teacher step must be the last step</source>
        <translation>шаг teacher (для учителя) должен быть последним</translation>
    </message>
    <message>
        <source>the check id &quot;{id}&quot; is used twice</source>
        <translation>id проверки «{id}» использован дважды</translation>
    </message>
    <message>
        <source>the value of a &quot;{kind}&quot; check must be true</source>
        <translation>у проверки «{kind}» значение должно быть true</translation>
    </message>
    <message>
        <source>the quiz id &quot;{id}&quot; is used twice</source>
        <translation>id викторины «{id}» использован дважды</translation>
    </message>
    <message>
        <source>&quot;answer&quot; lists the same option twice</source>
        <translation>в «answer» один и тот же вариант указан дважды</translation>
    </message>
    <message>
        <source>a &quot;single&quot; quiz needs exactly one answer</source>
        <translation>у викторины «single» должен быть ровно один ответ</translation>
    </message>
    <message>
        <source>There is no imported pack &quot;{id}&quot;</source>
        <translation>Нет импортированного набора «{id}»</translation>
    </message>
    <message>
        <source>pack.yaml is missing</source>
        <translation>нет файла pack.yaml</translation>
    </message>
    <message>
        <source>pack.yaml is empty</source>
        <translation>pack.yaml пустой</translation>
    </message>
    <message>
        <source>this version of Oyla reads schema_version {supported}; the pack has {value}</source>
        <translation>эта версия Oyla читает schema_version {supported}, а у набора — {value}</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits and &quot;-&quot; (2 to 64 characters)</source>
        <translation>«id» должен состоять из строчных латинских букв, цифр и «-» (от 2 до 64 символов)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must look like 1.0.0</source>
        <translation>«version» должна выглядеть как 1.0.0</translation>
    </message>
    <message>
        <source>the lesson &quot;{name}&quot; is listed twice</source>
        <translation>урок «{name}» указан дважды</translation>
    </message>
    <message>
        <source>the lesson folder &quot;{name}&quot; does not exist</source>
        <translation>папки урока «{name}» нет</translation>
    </message>
    <message>
        <source>a lesson may hold at most {count} pictures</source>
        <translation>в уроке может быть не больше {count} изображений</translation>
    </message>
    <message>
        <source>this drawing is refused ({detail}): only plain SVG drawings are allowed, without scripts, links, animations or DTDs</source>
        <translation>этот рисунок отклонён ({detail}): разрешены только простые SVG-рисунки — без скриптов, ссылок, анимаций и DTD</translation>
    </message>
    <message>
        <source>this is not a PNG or JPEG picture Oyla can read</source>
        <translation>это не изображение PNG или JPEG, которое Oyla может прочитать</translation>
    </message>
    <message>
        <source>this picture is {width}×{height} pixels; at most {limit} megapixels are allowed</source>
        <translation>это изображение {width}×{height} пикселей; разрешено не больше {limit} мегапикселей</translation>
    </message>
    <message>
        <source>the lesson sets faces: {lesson} but pack.yaml locks faces to {pack}</source>
        <translation>урок задаёт faces: {lesson}, а pack.yaml закрепляет faces: {pack}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is {here} here but {there} in lesson.en.md</source>
        <translation>«{key}» здесь равен {here}, а в lesson.en.md — {there}</translation>
    </message>
    <message>
        <source>The lesson pack {pack} has {count} problem(s); the first: {first}</source>
        <translation>В наборе уроков {pack} есть ошибки ({count}); первая: {first}</translation>
    </message>
    <message>
        <source>text before the first &quot;## &quot; step heading is not shown; move it under a step heading</source>
        <translation>текст до первого заголовка шага «## » не показывается; перенесите его под заголовок шага</translation>
    </message>
    <message>
        <source>a step heading is empty</source>
        <translation>заголовок шага пустой</translation>
    </message>
    <message>
        <source>this step is {size} bytes long, more than {limit}; split it into several steps</source>
        <translation>этот шаг занимает {size} байт, это больше {limit}; разделите его на несколько шагов</translation>
    </message>
    <message>
        <source>this table has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns are allowed</source>
        <translation>в этой таблице {rows} строк и {columns} столбцов; можно не больше {max_rows} строк и {max_columns} столбцов</translation>
    </message>
    <message>
        <source>image &quot;{src}&quot; must be a .png, .jpg or .svg file inside the lesson folder (a relative path, no web address)</source>
        <translation>картинка «{src}» должна быть файлом .png, .jpg или .svg внутри папки урока (относительный путь, не веб-адрес)</translation>
    </message>
    <message>
        <source>image &quot;{src}&quot; does not exist</source>
        <translation>картинки «{src}» нет</translation>
    </message>
    <message>
        <source>This lesson step is too long to show ({size} bytes, at most {limit}).</source>
        <translation>Этот шаг урока слишком длинный, чтобы его показать ({size} байт, не больше {limit}).</translation>
    </message>
    <message>
        <source>The teacher settings are not valid: {what}</source>
        <translation>Настройки учителя неверны: {what}</translation>
    </message>
    <message>
        <source>The pretrained network is not installed (package {package}).</source>
        <translation>Предобученная нейросеть не установлена (пакет {package}).</translation>
    </message>
    <message>
        <source>The pretrained network file {path} is missing.</source>
        <translation>Нет файла предобученной нейросети {path}.</translation>
    </message>
    <message>
        <source>The pretrained network could not be started: {reason}</source>
        <translation>Не удалось запустить предобученную нейросеть: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>{count} picture(s) showed a face and were not saved: faces are not allowed here. Take them again without a face.</source>
        <translation>Картинки с лицом не сохранены ({count} шт.): здесь лица не разрешены. Сними их заново без лица.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <source>{path} needs one subfolder of pictures per class, at least two.</source>
        <translation>В {path} нужна отдельная подпапка с картинками для каждого класса, минимум две.</translation>
    </message>
    <message>
        <source>Training gave a model that cannot be used ({why}); the previous model was kept.</source>
        <translation>Обучение дало модель, которой нельзя пользоваться ({why}); прежняя модель сохранена.</translation>
    </message>
    <message>
        <source>The model could not be saved in {path}: {reason}</source>
        <translation>Не удалось сохранить модель в {path}: {reason}</translation>
    </message>
    <message>
        <source>This project has no trained model yet. Train it first.</source>
        <translation>В этом проекте ещё нет обученной модели. Сначала обучи её.</translation>
    </message>
    <message>
        <source>The file {file} is damaged: {why}</source>
        <translation>Файл {file} повреждён: {why}</translation>
    </message>
    <message>
        <source>Make at least two classes before training.</source>
        <translation>Перед обучением создай хотя бы два класса.</translation>
    </message>
    <message>
        <source>The class {name} has no pictures yet.</source>
        <translation>В классе {name} пока нет картинок.</translation>
    </message>
    <message>
        <source>The {kit} kit has no action &quot;{action}&quot;.</source>
        <translation>У комплекта {kit} нет действия «{action}».</translation>
    </message>
    <message>
        <source>The kit file {file} is not valid: {what}</source>
        <translation>Файл комплекта {file} неверный: {what}</translation>
    </message>
    <message>
        <source>Unknown robot kit &quot;{kit}&quot;.</source>
        <translation>Неизвестный комплект робота «{kit}».</translation>
    </message>
    <message>
        <source>The robot on {port} did not answer &quot;{command}&quot; within {seconds} s.</source>
        <translation>Робот на {port} не ответил на «{command}» за {seconds} с.</translation>
    </message>
    <message>
        <source>The robot on {port} restarted.</source>
        <translation>Робот на {port} перезапустился.</translation>
    </message>
    <message>
        <source>The robot on {port} is not connected.</source>
        <translation>Робот на {port} не подключён.</translation>
    </message>
    <message>
        <source>The board on {port} does not answer like Oyla firmware. Upload the Oyla firmware to it (Robot page → Upload firmware).</source>
        <translation>Плата на {port} отвечает не как прошивка Oyla. Загрузи на неё прошивку Oyla (страница «Робот» → «Загрузить прошивку»).</translation>
    </message>
    <message>
        <source>There is no serial port {port}. Is the robot plugged in?</source>
        <translation>Последовательного порта {port} нет. Робот подключён?</translation>
    </message>
    <message>
        <source>The port {port} is busy or not allowed: close the Arduino IDE or any serial monitor using it (on Linux, join the &quot;dialout&quot; group).</source>
        <translation>Порт {port} занят или к нему нет доступа: закрой Arduino IDE или монитор порта, если они его используют (в Linux нужно войти в группу «dialout»).</translation>
    </message>
    <message>
        <source>Cannot open the port {port}: {reason}</source>
        <translation>Не удаётся открыть порт {port}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the robot on {port}: {reason}</source>
        <translation>Не удаётся отправить данные роботу на {port}: {reason}</translation>
    </message>
    <message>
        <source>The robot sent a line Oyla does not understand: {line}</source>
        <translation>Робот прислал строку, которую Oyla не понимает: {line}</translation>
    </message>
    <message>
        <source>The robot on {port} was unplugged.</source>
        <translation>Робот на {port} отключён от компьютера.</translation>
    </message>
    <message>
        <source>The link to the robot on {port} is closed.</source>
        <translation>Связь с роботом на {port} закрыта.</translation>
    </message>
    <message>
        <source>Invalid robot command {command}: {reason}</source>
        <translation>Неверная команда робота {command}: {reason}</translation>
    </message>
    <message>
        <source>A robot command must be one line of at most {limit} plain ASCII characters.</source>
        <translation>Команда робота должна быть одной строкой из простых символов ASCII, не длиннее {limit}.</translation>
    </message>
    <message>
        <source>The board answered HELLO with &quot;{line}&quot;: it is not running Oyla firmware.</source>
        <translation>Плата ответила на HELLO строкой «{line}»: на ней не прошивка Oyla.</translation>
    </message>
    <message>
        <source>The board speaks robot protocol {found}, this Oyla speaks {wanted}: upload the firmware that comes with this Oyla.</source>
        <translation>Плата работает по протоколу робота {found}, а эта Oyla — по {wanted}: загрузи прошивку, которая идёт с этой Oyla.</translation>
    </message>
    <message>
        <source>The virtual robot is switched off.</source>
        <translation>Виртуальный робот выключен.</translation>
    </message>
    <message>
        <source>Consent must be given by the student or a parent, not {who}.</source>
        <translation>Согласие должен дать ученик или родитель, а не {who}.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>Неизвестный язык {language}.</translation>
    </message>
    <message>
        <source>{file} is too large ({size} bytes, at most {limit}).</source>
        <translation>{file} слишком большой (размер в байтах: {size}, можно не больше {limit}).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} не удаётся прочитать: {detail}</translation>
    </message>
    <message>
        <source>{file} is a symbolic link; Oyla only reads ordinary files.</source>
        <translation>{file} — символическая ссылка; Oyla читает только обычные файлы.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a folder, device or pipe).</source>
        <translation>{file} — не обычный файл (папка, устройство или канал).</translation>
    </message>
    <message>
        <source>{file} does not contain a JSON object.</source>
        <translation>В {file} нет объекта JSON.</translation>
    </message>
    <message>
        <source>There is no project called {name}.</source>
        <translation>Проекта с названием {name} нет.</translation>
    </message>
    <message>
        <source>{name} is not a valid name.</source>
        <translation>{name} — недопустимое название.</translation>
    </message>
    <message>
        <source>Oyla will not delete {file}: it is outside the data folder.</source>
        <translation>Oyla не будет удалять {file}: этот файл вне папки данных.</translation>
    </message>
    <message>
        <source>{file} could not be deleted: {detail}</source>
        <translation>Не удалось удалить {file}: {detail}</translation>
    </message>
    <message>
        <source>The setting {name} has a wrong value.</source>
        <translation>У настройки {name} неверное значение.</translation>
    </message>
    <message>
        <source>There is no class called {name}.</source>
        <translation>Класса с названием {name} нет.</translation>
    </message>
    <message>
        <source>The picture could not be saved.</source>
        <translation>Не удалось сохранить картинку.</translation>
    </message>
    <message>
        <source>{path} is not a sample of this project.</source>
        <translation>{path} — не картинка этого проекта.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a class name: use up to 40 letters, digits or spaces.</source>
        <translation>«{name}» не подходит для названия класса: используй до 40 букв, цифр или пробелов.</translation>
    </message>
    <message>
        <source>“{name}” is a reserved word on Windows.</source>
        <translation>«{name}» — зарезервированное слово в Windows.</translation>
    </message>
    <message>
        <source>There is already a class called {name}.</source>
        <translation>Класс с названием {name} уже есть.</translation>
    </message>
    <message>
        <source>There is already a project in {path}.</source>
        <translation>В {path} уже есть проект.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty.</source>
        <translation>Папка {path} не пустая.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>Не удаётся записать в {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Oyla project (no project.json).</source>
        <translation>{path} — не проект Oyla (нет project.json).</translation>
    </message>
    <message>
        <source>{file} was made by a newer Oyla. Please update Oyla to open it.</source>
        <translation>{file} создан в более новой версии Oyla. Обнови Oyla, чтобы его открыть.</translation>
    </message>
    <message>
        <source>Type a name or nickname</source>
        <translation>Введи имя или ник</translation>
    </message>
    <message>
        <source>A nickname can be at most {max} characters</source>
        <translation>Ник может быть не длиннее {max} символов</translation>
    </message>
    <message>
        <source>The nickname has characters that cannot be shown</source>
        <translation>В нике есть символы, которые нельзя показать</translation>
    </message>
    <message>
        <source>There is no student with the id {id}</source>
        <translation>Ученика с id {id} нет</translation>
    </message>
    <message>
        <source>The nickname &quot;{name}&quot; is already taken on this computer</source>
        <translation>Ник «{name}» на этом компьютере уже занят</translation>
    </message>
    <message>
        <source>The {name} camera is not open.</source>
        <translation>Камера {name} не открыта.</translation>
    </message>
    <message>
        <source>The face detector needs OpenCV, which is not installed: {detail}</source>
        <translation>Для поиска лиц нужен OpenCV, а он не установлен: {detail}</translation>
    </message>
    <message>
        <source>The face detector data ({file}) is missing. Oyla needs OpenCV 4.x (opencv-python-headless&lt;5); OpenCV {version} does not include it.</source>
        <translation>Нет данных для поиска лиц ({file}). Oyla нужен OpenCV 4.x (opencv-python-headless&lt;5); в OpenCV {version} их нет.</translation>
    </message>
    <message>
        <source>The face detector data could not be read: {file}</source>
        <translation>Не удалось прочитать данные для поиска лиц: {file}</translation>
    </message>
    <message>
        <source>This picture shows a face. Faces are not allowed here: take it again without one.</source>
        <translation>На этой картинке лицо. Лица здесь не разрешены: сними заново без лица.</translation>
    </message>
    <message>
        <source>{path} is too large to be a picture.</source>
        <translation>{path} слишком большой для картинки.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a picture Oyla can read.</source>
        <translation>{path} — не картинка, которую Oyla может прочитать.</translation>
    </message>
    <message>
        <source>{path} is too big: {width}×{height} pixels (at most {limit} megapixels).</source>
        <translation>{path} слишком большой: {width}×{height} пикселей (не больше {limit} мегапикселей).</translation>
    </message>
    <message>
        <source>{path} is not a picture file.</source>
        <translation>{path} — не файл с картинкой.</translation>
    </message>
    <message>
        <source>The folder {name} does not exist.</source>
        <translation>Папки {name} нет.</translation>
    </message>
    <message>
        <source>The folder {name} has no pictures.</source>
        <translation>В папке {name} нет картинок.</translation>
    </message>
    <message>
        <source>The video {name} does not exist.</source>
        <translation>Видео {name} нет.</translation>
    </message>
    <message>
        <source>{name} is not a video Oyla can play.</source>
        <translation>{name} — не видео, которое Oyla может воспроизвести.</translation>
    </message>
    <message>
        <source>{name} has no more frames.</source>
        <translation>В {name} больше нет кадров.</translation>
    </message>
    <message>
        <source>Camera {index} is not connected or another program is using it.</source>
        <translation>Камера {index} не подключена, или её использует другая программа.</translation>
    </message>
    <message>
        <source>Camera {index} stopped sending pictures. Is it unplugged?</source>
        <translation>Камера {index} перестала присылать картинки. Может, её отключили?</translation>
    </message>
    <message>
        <source>{file}: this is not an Oyla progress file (not UTF-8 JSON)</source>
        <translation>{file}: это не файл прогресса Oyla (не JSON в UTF-8)</translation>
    </message>
    <message>
        <source>{file}: this is not an Oyla progress file</source>
        <translation>{file}: это не файл прогресса Oyla</translation>
    </message>
    <message>
        <source>{file}: unsupported schema_version {value}</source>
        <translation>{file}: неподдерживаемая schema_version {value}</translation>
    </message>
    <message>
        <source>{file}: the student is missing</source>
        <translation>{file}: нет ученика</translation>
    </message>
    <message>
        <source>{file}: the nickname is not valid</source>
        <translation>{file}: недопустимый ник</translation>
    </message>
    <message>
        <source>{file}: &quot;packs&quot; is missing</source>
        <translation>{file}: нет «packs»</translation>
    </message>
    <message>
        <source>{file}: the pack &quot;{id}&quot; is not valid</source>
        <translation>{file}: неверный набор «{id}»</translation>
    </message>
    <message>
        <source>{file}: the lesson &quot;{id}&quot; is not valid</source>
        <translation>{file}: урок «{id}» недопустим</translation>
    </message>
    <message>
        <source>{file}: the progress of lesson &quot;{id}&quot; is not valid</source>
        <translation>{file}: неверный прогресс урока «{id}»</translation>
    </message>
    <message>
        <source>There are no held-out pictures to test. Add more pictures (at least 2 per class) and train again.</source>
        <translation>Нет проверочных картинок. Добавь больше картинок (хотя бы 2 в каждый класс) и обучи модель заново.</translation>
    </message>
    <message>
        <source>The firmware was written but the board read back something else (verification failed at byte {where}). Try again; if it keeps failing, try another USB cable or board.</source>
        <translation>Прошивка записана, но плата вернула другие данные (проверка не прошла на байте {where}). Попробуй снова; если ошибка повторяется, возьми другой USB-кабель или другую плату.</translation>
    </message>
    <message>
        <source>The board on {port} is not an Arduino Uno or Nano (ATmega328P): Oyla&apos;s firmware is for those.</source>
        <translation>Плата на {port} — не Arduino Uno или Nano (ATmega328P), а прошивка Oyla сделана только для них.</translation>
    </message>
    <message>
        <source>The board on {port} did not answer at {baud} baud. Check the port; older boards and most Nanos need 57600 baud; or press the board&apos;s reset button just as the upload starts.</source>
        <translation>Плата на {port} не ответила на скорости {baud} бод. Проверь порт; старым платам и большинству Nano нужно 57600 бод; или нажми кнопку reset на плате в тот момент, когда начинается загрузка.</translation>
    </message>
    <message>
        <source>The upload failed: {reason}</source>
        <translation>Загрузка не удалась: {reason}</translation>
    </message>
    <message>
        <source>The firmware file {file} is missing.</source>
        <translation>Нет файла прошивки {file}.</translation>
    </message>
    <message>
        <source>Oyla cannot find avrdude, the tool that uploads firmware to an Arduino. Install the Arduino IDE (it includes avrdude) and try again. Or upload the Oyla sketch with the Arduino IDE itself: open oyla_bot.ino, choose Tools → Board → Arduino Uno and your port, then press Upload.</source>
        <translation>Oyla не находит avrdude — программу, которая загружает прошивку в Arduino. Установи Arduino IDE (в ней есть avrdude) и попробуй снова. Или загрузи скетч Oyla через саму Arduino IDE: открой oyla_bot.ino, выбери Инструменты → Плата → Arduino Uno и свой порт, затем нажми «Загрузка».</translation>
    </message>
    <message>
        <source>Cannot start avrdude ({tool}): {reason}</source>
        <translation>Не удаётся запустить avrdude ({tool}): {reason}</translation>
    </message>
    <message>
        <source>The upload was cancelled. Upload again before using the robot: its firmware may be incomplete.</source>
        <translation>Загрузка отменена. Загрузи прошивку снова, прежде чем пользоваться роботом: она может быть неполной.</translation>
    </message>
    <message>
        <source>The upload to {port} did not finish within {seconds} s. Unplug the board, plug it in again and retry.</source>
        <translation>Загрузка на {port} не закончилась за {seconds} с. Отключи плату, подключи её снова и повтори.</translation>
    </message>
    <message>
        <source>Something went wrong ({what}). Oyla saved a report in its log: a teacher can send it with Help → Save a problem report.</source>
        <translation>Что-то пошло не так ({what}). Oyla записала отчёт в свой журнал: учитель может отправить его через Справка → Сохранить отчёт о проблеме.</translation>
    </message>
    <message>
        <source>Could not write the report to {file}: {why}</source>
        <translation>Не удалось записать отчёт в {file}: {why}</translation>
    </message>
    <message>
        <source>The teacher PIN file is damaged: {path}</source>
        <translation>Файл PIN-кода учителя повреждён: {path}</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <source>No teacher PIN is set on this computer.</source>
        <translation>На этом компьютере PIN-код учителя не задан.</translation>
    </message>
    <message>
        <source>The model gave no usable answer for this picture.</source>
        <translation>Модель не смогла дать ответ для этой картинки.</translation>
    </message>
    <message>
        <source>Oyla cannot save its settings in {path}: {reason}</source>
        <translation>Oyla не может сохранить настройки в {path}: {reason}</translation>
    </message>
    <message>
        <source>The text is too long to check: {size} characters. The limit is {limit} characters; check it in parts.</source>
        <translation>Текст слишком длинный для проверки: {size} символов. Предел — {limit} символов; проверь его по частям.</translation>
    </message>
    <message>
        <source>{file} is too big for the next-word machine: {size} bytes (at most {limit}).</source>
        <translation>{file} слишком большой для машины следующего слова: {size} байт (не больше {limit}).</translation>
    </message>
    <message>
        <source>{file} is not a text file. Save it as plain text (.txt, UTF-8) and try again.</source>
        <translation>{file} — не текстовый файл. Сохрани его как обычный текст (.txt, UTF-8) и попробуй снова.</translation>
    </message>
    <message>
        <source>The text is too long for the next-word machine: {size} characters (at most {limit}).</source>
        <translation>Текст слишком длинный для машины следующего слова: {size} символов (не больше {limit}).</translation>
    </message>
    <message>
        <source>The helper process that trains models and adds pictures stopped unexpectedly (maybe the computer ran out of memory). Your pictures and your last model are safe. Try again.</source>
        <translation>Вспомогательный процесс, который обучает модели и добавляет картинки, неожиданно остановился (возможно, компьютеру не хватило памяти). Твои картинки и последняя модель в сохранности. Попробуй снова.</translation>
    </message>
    <message>
        <source>The camera&apos;s helper process stopped unexpectedly. Open another page and come back, or choose the camera again.</source>
        <translation>Вспомогательный процесс камеры неожиданно остановился. Открой другую страницу и вернись или снова выбери камеру.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>The model is trained.</source>
        <translation>Модель обучена.</translation>
    </message>
    <message>
        <source>Train the model first.</source>
        <translation>Сначала обучи модель.</translation>
    </message>
    <message>
        <source>You have a &quot;nothing&quot; class.</source>
        <translation>У тебя есть класс «ничего».</translation>
    </message>
    <message>
        <source>Add a &quot;nothing&quot; (background) class with its own samples.</source>
        <translation>Добавь класс «ничего» (фон) с его собственными картинками.</translation>
    </message>
    <message>
        <source>You ran the robustness test.</source>
        <translation>Проверка устойчивости сделана.</translation>
    </message>
    <message>
        <source>Run the robustness test on your model.</source>
        <translation>Запусти проверку устойчивости своей модели (Детектив коротких путей).</translation>
    </message>
    <message>
        <source>Your model drove the robot.</source>
        <translation>Твоя модель управляла роботом.</translation>
    </message>
    <message>
        <source>Drive the robot with your model first.</source>
        <translation>Сначала поуправляй роботом своей моделью.</translation>
    </message>
    <message>
        <source>Your model card is written.</source>
        <translation>Карточка модели заполнена.</translation>
    </message>
    <message>
        <source>Fill in the model card.</source>
        <translation>Заполни карточку модели.</translation>
    </message>
    <message>
        <source>Your samples are deleted.</source>
        <translation>Твои картинки удалены.</translation>
    </message>
    <message>
        <source>Delete your samples in My data.</source>
        <translation>Удали свои картинки в разделе «Мои данные».</translation>
    </message>
    <message>
        <source>You cleaned a message until nothing was marked.</source>
        <translation>Ты очистил сообщение, пока в нём ничего не осталось отмеченным.</translation>
    </message>
    <message>
        <source>In the Text lab, check a message of at least 8 words with personal data, then change it until the check marks nothing.</source>
        <translation>В Текстовой лаборатории проверь сообщение не короче 8 слов с персональными данными, затем меняй его, пока проверка ничего не отметит.</translation>
    </message>
    <message>
        <source>You trained a next-word machine.</source>
        <translation>Ты обучил машину следующего слова.</translation>
    </message>
    <message>
        <source>Train the next-word machine in the Text lab.</source>
        <translation>Обучи машину следующего слова в Текстовой лаборатории.</translation>
    </message>
    <message>
        <source>You trained it with your own text.</source>
        <translation>Ты обучил её на своём тексте.</translation>
    </message>
    <message>
        <source>Add your own text to the next-word machine and train it again.</source>
        <translation>Добавь свой текст в машину следующего слова и обучи её снова.</translation>
    </message>
    <message>
        <source>You picked a next word by hand.</source>
        <translation>Ты выбрал следующее слово вручную.</translation>
    </message>
    <message>
        <source>Pick a next word yourself: click one of the candidates.</source>
        <translation>Выбери следующее слово сам: нажми на один из вариантов.</translation>
    </message>
    <message>
        <source>You copied a text with its &quot;Made with AI&quot; label.</source>
        <translation>Ты скопировал текст с пометкой „Сделано ИИ“.</translation>
    </message>
    <message>
        <source>Copy your generated text with the &quot;Made with AI&quot; label.</source>
        <translation>Скопируй созданный текст с пометкой „Сделано ИИ“.</translation>
    </message>
    <message>
        <source>Your model learned from the pictures you have now.</source>
        <translation>Модель обучена на тех картинках, которые у тебя есть сейчас.</translation>
    </message>
    <message>
        <source>Your pictures changed since the model was trained (or there is no model yet): click Train again.</source>
        <translation>Картинки изменились после обучения модели (или модели ещё нет): нажми «Обучить» ещё раз.</translation>
    </message>
    <message>
        <source>Your model card has your own answers.</source>
        <translation>В твоей карточке модели есть твои ответы.</translation>
    </message>
    <message>
        <source>Click Model card in the Studio and answer its questions (what it is for, what it must not be used for, where it fails) in a few words each.</source>
        <translation>Нажми «Карточка модели» в Студии и ответь на её вопросы (для чего модель, для чего её нельзя использовать, где она ошибается) — по нескольку слов на каждый.</translation>
    </message>
    <message>
        <source>You have {have} classes.</source>
        <translation>Классов у тебя: {have}.</translation>
    </message>
    <message>
        <source>You have {have} classes; add classes until you have at least {need}.</source>
        <translation>Классов у тебя: {have}; добавь ещё, чтобы было хотя бы {need}.</translation>
    </message>
    <message>
        <source>Add classes and collect at least {need} samples for each.</source>
        <translation>Добавь классы и собери картинки: не меньше {need} на каждый класс.</translation>
    </message>
    <message>
        <source>Every class has at least {need} samples.</source>
        <translation>В каждом классе картинок не меньше {need}.</translation>
    </message>
    <message>
        <source>The class &quot;{name}&quot; has {have} samples; every class needs at least {need}.</source>
        <translation>В классе «{name}» картинок: {have}; в каждом классе нужно не меньше {need}.</translation>
    </message>
    <message>
        <source>Test your model on held-out samples first.</source>
        <translation>Сначала проверь модель на проверочных картинках.</translation>
    </message>
    <message>
        <source>Held-out accuracy is {have}% (at least {need}% needed).</source>
        <translation>Точность на проверочных картинках — {have}% (нужно не меньше {need}%).</translation>
    </message>
    <message>
        <source>Held-out accuracy is {have}%; it needs to be at least {need}%. More varied samples usually help.</source>
        <translation>Точность на проверочных картинках — {have}%, а нужно не меньше {need}%. Обычно помогают более разнообразные картинки.</translation>
    </message>
    <message>
        <source>Set a confidence threshold first.</source>
        <translation>Сначала задай порог уверенности.</translation>
    </message>
    <message>
        <source>Your confidence threshold is {have}; set it to at least {need}.</source>
        <translation>Твой порог уверенности — {have}; поставь не меньше {need}.</translation>
    </message>
    <message>
        <source>Your confidence threshold is {have}.</source>
        <translation>Твой порог уверенности — {have}.</translation>
    </message>
    <message>
        <source>You generated text at {have} different temperatures.</source>
        <translation>Ты создал текст при {have} разных температурах.</translation>
    </message>
    <message>
        <source>You generated text at {have} different temperature(s); generate at {need} or more.</source>
        <translation>Ты создал текст при {have} разных температурах; нужно хотя бы {need}.</translation>
    </message>
    <message>
        <source>Open your project in the Studio and set the &quot;not sure&quot; threshold.</source>
        <translation>Открой проект в Студии и установи порог «не уверена».</translation>
    </message>
    <message>
        <source>The &quot;not sure&quot; threshold is still {have}%, where Oyla put it. Try other values, then leave the slider at your own choice (at least {need}%).</source>
        <translation>Порог «не уверена» всё ещё {have}% — там, где его поставила Oyla. Попробуй другие значения и оставь ползунок на своём выборе (не меньше {need}%).</translation>
    </message>
    <message>
        <source>Your &quot;not sure&quot; threshold is {have}%; this lesson needs at least {need}%.</source>
        <translation>Твой порог «не уверена» — {have}%; на этом уроке нужно не меньше {need}%.</translation>
    </message>
    <message>
        <source>You chose a &quot;not sure&quot; threshold of {have}%.</source>
        <translation>Ты выбрал порог «не уверена» {have}%.</translation>
    </message>
    <message>
        <source>Collect pictures for your classes first.</source>
        <translation>Сначала собери картинки для своих классов.</translation>
    </message>
    <message>
        <source>All your pictures have a similar background. Take some on a clearly different one (for example white paper and the bare desk).</source>
        <translation>У всех твоих картинок похожий фон. Сними часть на явно другом (например, белый лист и голая парта).</translation>
    </message>
    <message>
        <source>The class &quot;{name}&quot; has {have} pictures on one of the two backgrounds; every class needs at least {need} on each.</source>
        <translation>В классе «{name}» на одном из двух фонов {have} картинок; каждому классу нужно не меньше {need} на каждом.</translation>
    </message>
    <message>
        <source>Every class has at least {need} pictures on each of two backgrounds.</source>
        <translation>В каждом классе не меньше {need} картинок на каждом из двух фонов.</translation>
    </message>
    <message>
        <source>Right! {explain}</source>
        <translation>Верно! {explain}</translation>
    </message>
    <message>
        <source>Not quite. Hint: {hint} Try again.</source>
        <translation>Не совсем. Подсказка: {hint} Попробуй ещё раз.</translation>
    </message>
    <message>
        <source>Not quite. The right answers: {right}. {explain}</source>
        <translation>Не совсем. Правильные ответы: {right}. {explain}</translation>
    </message>
    <message>
        <source>Not quite. The right answer: {right}. {explain}</source>
        <translation>Не совсем. Правильный ответ: {right}. {explain}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Пройдено шагов</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Пройдено проверок</translation>
    </message>
    <message>
        <source>Quiz correct</source>
        <translation>Верно в викторине</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>An IIN identifies you for life and opens your records in banks, clinics and government services.</source>
        <translation>ИИН определяет тебя на всю жизнь и открывает доступ к твоим данным в банках, поликлиниках и госуслугах.</translation>
    </message>
    <message>
        <source>A phone number lets strangers call or message you and find your other accounts.</source>
        <translation>По номеру телефона незнакомые люди могут звонить и писать тебе и найти другие твои аккаунты.</translation>
    </message>
    <message>
        <source>An e-mail address leads to your accounts and can be used for spam and fake messages.</source>
        <translation>Адрес электронной почты ведёт к твоим аккаунтам, его могут использовать для спама и поддельных писем.</translation>
    </message>
    <message>
        <source>A bank card number can be used to steal money.</source>
        <translation>По номеру банковской карты можно украсть деньги.</translation>
    </message>
    <message>
        <source>A date of birth helps others guess passwords and pretend to be you.</source>
        <translation>По дате рождения другие могут угадать пароли и выдать себя за тебя.</translation>
    </message>
    <message>
        <source>A home address tells strangers where to find you.</source>
        <translation>Домашний адрес говорит незнакомцам, где тебя найти.</translation>
    </message>
    <message>
        <source>A name points to a real person. The check cannot tell whether the person is famous, so it marks every name.</source>
        <translation>Имя указывает на реального человека. Проверка не может знать, знаменит ли человек, поэтому отмечает все имена.</translation>
    </message>
    <message>
        <source>Your school and class tell strangers where you are every day.</source>
        <translation>Школа и класс говорят незнакомцам, где ты бываешь каждый день.</translation>
    </message>
    <message>
        <source>A password must never be shared, not even with a chatbot.</source>
        <translation>Пароль нельзя сообщать никому, даже чат-боту.</translation>
    </message>
    <message>
        <source>Health information is a special category of personal data: it needs the most care.</source>
        <translation>Сведения о здоровье — особая категория персональных данных: с ними нужно обращаться особенно бережно.</translation>
    </message>
</context>
</TS>
