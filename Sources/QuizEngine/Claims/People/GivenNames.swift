/// First names common in English- and Spanish-language news: evidence that a capitalised
/// sequence starting with one is a person ("Carlos Pascual"), not a place or an organisation.
///
/// A name missing from this list is not lost: titles, roles, ages, speech verbs and earlier
/// mentions are evidence too. Lower case; accents as usually written.
enum GivenNames {
    static let list = """
    aaron abdul abdullah abel abigail abraham ada adam adela adolfo adrian adriana adrián agustín
    ahmed aida alan alba albert alberto alejandra alejandro alex alexander alexandra alexis alfonso
    alfredo ali alice alicia alina alison alvaro álvaro amanda amber amelia amy ana andrea andrei
    andres andrés andrew andy ángel angel angela ángela angelica angélica anita ann anna anne
    annie anthony antonio april ariel arnold arthur arturo ashley aurora austin barack barbara
    beatriz ben benjamin benito bernard bernardo bernie betty beverly bill billy blanca bob bobby
    boris brad bradley brandon brenda brian bruce bruno bryan camila camilo candace carla carlos
    carmen carol carolina caroline catherine cecilia cesar césar charles charlie charlotte chris
    christian christina christine christopher cilia cindy claire clara claudia claudio colin
    connie consuelo cristina cristian cynthia daisy dan daniel daniela danny dario darío david
    dean debbie deborah delcy delia denis dennis diana diane diego diosdado dolores dominic don
    donald donna dora doris dorothy douglas dylan ed eddie edgar edison edmundo eduardo edward
    edwin elena eli elias elijah elisa elizabeth ella ellen elon elsa elvis emilia emilio emily
    emma emmanuel enrique eric erica erik ernesto esteban esther ethan eugene eugenia eva evan
    evelyn evo fabiola federico felipe felix félix fernanda fernando fidel florence frances
    francesca francis francisco frank franklin fred freddy gabriel gabriela gary george gerald
    gerardo gilberto gina giorgia gisela gloria gonzalo grace graciela greg gregory guadalupe
    guillermo gustavo hannah harold harry hector héctor helen henrique henry herbert hilary
    hillary homer horacio howard hugo humberto ian ignacio igor ilan inés ines ingrid irene iris
    isaac isabel isabella ismael ivan iván jack jackie jacob jaime jake james jamie jane janet
    janice jared jason javier jay jean jeff jeffrey jennifer jeremy jerome jesse jessica jesus
    jesús jill jim jimmy joan joanna joaquín joaquin joe joel john johnny jon jonathan jordan
    jorge jose josé josefina joseph josh joshua joy juan juana judith judy julia julian julián
    julie julio justin karen karina karl kate katherine kathleen kathy katie keith kelly ken
    kenneth kevin kim kimberly kirk kristen kristi kyle lara larry laura lauren lawrence leah
    leandro lee leo leon león leonardo leopoldo leslie liliana linda lisa liz lorena lorenzo
    louis lourdes lucas lucia lucía luis luisa luz lydia lynn manuel marc marcela marco marcos
    margaret margarita maria maría mariana marie marina mario marisol mark marta martha martin
    martín mary mateo matthew maura mauricio max maximiliano megan melania melissa mercedes
    michael michelle miguel mike mikhail milagros miriam mitch mohamed mohammed mónica monica
    nancy naomi natalia natalie nathan nayib nelson nestor néstor nicholas nick nicolas nicolás
    nicole nikki noah noel nora norma octavio olga oliver olivia omar orlando oscar óscar pablo
    pamela paola patricia patrick paul paula pedro peter philip phillip pierre pilar rachel
    rafael ramiro ramón ramon randy raquel raúl raul ray raymond rebecca regina reinaldo renata
    rene rené ricardo richard rick rita rob robert roberto robin rocío rodolfo rodrigo roger
    rolando roman román ron ronald rosa rosario rose ruben rubén russell ruth ryan sabrina
    salvador sam samantha samuel sandra santiago sara sarah scott sean sebastian sebastián sergei
    sergio sharon sheila shirley silvia simon simón sofia sofía sonia sophia stephanie stephen
    steve steven susan susana sylvia tamara tania ted teresa theresa thomas tim timothy tina
    todd tom tomás tommy tony tracy valentina valeria vanessa vicente víctor victor victoria
    vincent violeta virginia vivian vladimir walter wayne wendy william willy xavier ximena
    xiomara yolanda yvonne zach zoe
    """
}
